// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The overview map: a small picture of the whole diagram in the bottom-right corner of the canvas,
// with the part the view shows as a translucent rectangle. Clicking or dragging in it centres the
// view there. It draws only the cards' rectangles (selected ones highlighted), cached in a pixmap
// that is redrawn shortly after the design changes, so that it stays cheap on 1,000-table designs;
// the rectangle follows zoom, scrolling and resizing of the view at once.

#include <QPixmap>
#include <QPointer>
#include <QRectF>
#include <QWidget>

class QTimer;

namespace Ui {

class DiagramScene;
class DiagramView;

class OverviewMap final : public QWidget
{
    Q_OBJECT

public:
    // A child of `view`, kept in its viewport's bottom-right corner.
    explicit OverviewMap(DiagramView *view);
    ~OverviewMap() override;

    // Whether the user wants the map (View > Overview Map). It is shown when wanted, the design
    // has tables and the canvas is large enough to spare the room.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }

    // The scene area the map pictures (the diagram with its margin).
    QRectF sceneArea() const { return m_area; }
    // Widget <-> scene coordinates of the map.
    QPointF mapToScene(const QPointF &point) const;
    QRectF mapFromScene(const QRectF &rect) const;
    // The view's visible scene area as drawn on the map (widget coordinates, unclipped).
    QRectF viewportIndicator() const;

    // Redraws the cached picture now rather than after the coalescing delay.
    void refreshNow();

    static constexpr int MaxWidth = 220;
    static constexpr int MaxHeight = 160;
    static constexpr int Margin = 12; // from the viewport's corner

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void place();
    void centerViewAt(const QPointF &widgetPos);
    QRectF mapRect() const; // where the diagram is drawn inside the widget

    DiagramView *m_view;
    QPointer<DiagramScene> m_scene;
    QTimer *m_refresh;
    QPixmap m_picture;
    QRectF m_area;
    qreal m_scale = 1;
    bool m_wanted = true;
    bool m_dragging = false;
};

} // namespace Ui
