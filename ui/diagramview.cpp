// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramview.h"

#include "diagramscene.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Ui {

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_zoomIn(new QAction(tr("Zoom &In"), this))
    , m_zoomOut(new QAction(tr("Zoom &Out"), this))
    , m_zoomFit(new QAction(tr("Zoom to &Fit"), this))
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);

    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {m_zoomIn, m_zoomOut, m_zoomFit}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_zoomIn, &QAction::triggered, this, &DiagramView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &DiagramView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, this, &DiagramView::zoomToFit);
}

DiagramView::~DiagramView() = default;

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1.25);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomToFit()
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    if (!s)
        return;
    const QRectF rect = s->diagramRect();
    const QRectF view = viewport()->rect();
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    if (rect.isEmpty() || view.isEmpty())
        return;
    // Never blow a small diagram up beyond its natural size.
    const qreal z = std::min({view.width() / rect.width(), view.height() / rect.height(), 1.0});
    setZoom(z);
    centerOn(rect.center());
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(1.0015, delta));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_panning) {
        m_spaceHeld = true;
        // Not interactive while Space is held, so that a drag on a card pans instead of moving it.
        setInteractive(false);
        setDragMode(QGraphicsView::ScrollHandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        endSpacePan();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    endSpacePan();
    QGraphicsView::focusOutEvent(event);
}

void DiagramView::endSpacePan()
{
    if (!m_spaceHeld)
        return;
    m_spaceHeld = false;
    setDragMode(QGraphicsView::RubberBandDrag);
    setInteractive(true);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Ui
