// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The view on the canvas: zoom (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0 to fit), panning with the
// middle mouse button or Space+drag, rubber-band selection.

#include <QGraphicsView>

class QAction;

namespace Ui {

class DiagramScene;

class DiagramView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);
    ~DiagramView() override;

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomToFitAction() const { return m_zoomFit; }

    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 4.0;

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void zoomBy(qreal factor);
    void endSpacePan();

    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_fitPending = false; // zoom to fit once the view has its size
    QPoint m_panLast;
};

} // namespace Ui
