// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewmap.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "tableitem.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr int Padding = 4;      // between the frame and the picture
constexpr int RefreshDelay = 120; // ms: edits in a burst (a paste, an import) redraw once

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

OverviewMap::OverviewMap(DiagramView *view)
    : QWidget(view)
    , m_view(view)
    , m_scene(qobject_cast<DiagramScene *>(view->scene()))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewMap"));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the diagram: click or drag to move the view"));
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelay);
    connect(m_refresh, &QTimer::timeout, this, &OverviewMap::rebuild);
    if (m_scene) {
        // The document, not QGraphicsScene::changed: listening to that would make the scene send
        // every repaint to the views through the slow path. Cards moved by a drag are committed to
        // the document when the drag ends.
        Core::SchemaDocument *document = m_scene->document();
        connect(document, &Core::SchemaDocument::changed, this, &OverviewMap::scheduleRefresh);
        connect(document, &Core::SchemaDocument::schemaReset, this, &OverviewMap::scheduleRefresh);
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &OverviewMap::scheduleRefresh);
        connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &OverviewMap::scheduleRefresh);
    }
    // The visible-area rectangle is computed when painting: a repaint follows the view.
    const auto follow = [this] { update(); };
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(m_view, &DiagramView::zoomChanged, this, follow);
    m_view->viewport()->installEventFilter(this);
    rebuild();
}

OverviewMap::~OverviewMap() = default;

void OverviewMap::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    rebuild();
}

void OverviewMap::refreshNow()
{
    rebuild();
}

void OverviewMap::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

QRectF OverviewMap::mapRect() const
{
    return {QPointF(Padding, Padding), m_area.size() * m_scale};
}

QPointF OverviewMap::mapToScene(const QPointF &point) const
{
    return m_area.topLeft() + (point - mapRect().topLeft()) / m_scale;
}

QRectF OverviewMap::mapFromScene(const QRectF &rect) const
{
    return {mapRect().topLeft() + (rect.topLeft() - m_area.topLeft()) * m_scale, rect.size() * m_scale};
}

QRectF OverviewMap::viewportIndicator() const
{
    if (m_area.isEmpty())
        return {};
    return mapFromScene(m_view->mapToScene(m_view->viewport()->rect()).boundingRect());
}

void OverviewMap::place()
{
    QSize size;
    if (!m_area.isEmpty()) {
        m_scale = std::min((MaxWidth - 2 * Padding) / m_area.width(),
                           (MaxHeight - 2 * Padding) / m_area.height());
        size = QSize(int(std::ceil(m_area.width() * m_scale)) + 2 * Padding,
                     int(std::ceil(m_area.height() * m_scale)) + 2 * Padding);
    }
    const QRect viewport = m_view->viewport()->geometry();
    // On a small canvas the map would hide what it maps.
    const bool room = viewport.width() >= 2 * size.width() + 2 * Margin
                      && viewport.height() >= 2 * size.height() + 2 * Margin;
    if (size.isValid() && size != this->size())
        resize(size);
    move(viewport.right() + 1 - Margin - width(), viewport.bottom() + 1 - Margin - height());
    setVisible(m_wanted && size.isValid() && room);
    raise();
}

void OverviewMap::rebuild()
{
    m_refresh->stop();
    m_area = QRectF();
    if (m_scene && !m_scene->tableItems().isEmpty())
        m_area = m_scene->diagramRect();
    place();
    if (m_area.isEmpty() || isHidden()) {
        m_picture = QPixmap();
        return;
    }

    const qreal dpr = devicePixelRatioF();
    QPixmap picture(size() * dpr);
    picture.setDevicePixelRatio(dpr);
    picture.fill(Qt::transparent);
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);

    QColor background = window;
    background.setAlphaF(0.94f);
    p.setPen(QPen(mix(window, pal.color(QPalette::WindowText), 0.3), 1));
    p.setBrush(background);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    // Just the cards' rectangles, with a header stripe; the selected ones in the accent colour.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setClipRect(mapRect());
    const QColor cardFill = base;
    const QColor cardBorder = mix(base, text, 0.45);
    const QColor header = mix(base, accent, 0.65);
    for (const TableItem *card : m_scene->tableItems()) {
        QRectF r = mapFromScene(card->mapRectToScene(card->cardRect()));
        r.setWidth(std::max(r.width(), 2.0));
        r.setHeight(std::max(r.height(), 2.0));
        if (card->isSelected()) {
            p.fillRect(r, accent);
            continue;
        }
        p.fillRect(r, cardBorder);
        const QRectF inner = r.adjusted(1, 1, -1, -1);
        if (inner.width() < 1 || inner.height() < 1)
            continue;
        p.fillRect(inner, cardFill);
        if (inner.height() >= 5)
            p.fillRect(QRectF(inner.topLeft(), QSizeF(inner.width(), std::min(3.0, inner.height() / 4))), header);
    }
    p.end();
    m_picture = picture;
    update();
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.drawPixmap(0, 0, m_picture);
    if (m_area.isEmpty())
        return;
    // What the view shows, clipped to the map when the view reaches beyond the diagram.
    const QRectF clip = mapRect();
    const QRectF shown = viewportIndicator().intersected(clip);
    if (shown.isEmpty())
        return;
    QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.18f);
    accent.setAlphaF(0.9f);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accent, 1.5));
    p.setBrush(fill);
    p.drawRect(shown.adjusted(0.75, 0.75, -0.75, -0.75));
}

void OverviewMap::centerViewAt(const QPointF &widgetPos)
{
    const QRectF r = mapRect();
    const QPointF clamped(std::clamp(widgetPos.x(), r.left(), r.right()),
                          std::clamp(widgetPos.y(), r.top(), r.bottom()));
    m_view->centerOn(mapToScene(clamped));
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_area.isEmpty())
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    centerViewAt(event->position());
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    centerViewAt(event->position());
    event->accept();
}

void OverviewMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::PointingHandCursor);
    event->accept();
}

void OverviewMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        scheduleRefresh();
}

bool OverviewMap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const bool wasHidden = isHidden();
        place();
        if (wasHidden && !isHidden())
            rebuild(); // the picture is not kept while hidden
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ui
