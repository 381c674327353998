// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The overview map on the offscreen platform: it pictures the whole diagram, its rectangle is the
// view's visible area through zoom and scrolling, a click or a drag in it centres the view there,
// it follows edits and selection, View > Overview Map hides it, it stays cheap on 1,000 tables,
// and screenshots (light and dark) land in the build folder.

#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "overviewmap.h"
#include "schema.h"
#include "tableitem.h"
#include "testpalette.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

namespace {

QRectF visibleSceneRect(const Ui::DiagramView *view)
{
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

QPointF viewCentre(const Ui::DiagramView *view)
{
    return visibleSceneRect(view).center();
}

// The map position of a card's centre.
QPoint mapPointOf(const Ui::OverviewMap *map, const Ui::TableItem *card)
{
    const QPointF c = card->mapRectToScene(card->cardRect()).center();
    return map->mapFromScene(QRectF(c, QSizeF())).topLeft().toPoint();
}

bool close(const QPointF &a, const QPointF &b, qreal tolerance)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

QString text(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}

} // namespace

class TestOverviewMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void picturesTheWholeDiagram();
    void rectangleFollowsZoomAndScroll();
    void clickCentresTheView();
    void dragMovesTheView();
    void followsSelectionAndEdits();
    void menuTogglesIt();
    void cheapOnAThousandTables();
    void screenshots_data();
    void screenshots();

private:
    Ui::OverviewMap *map() const { return m_window->findChild<Ui::OverviewMap *>(QStringLiteral("overviewMap")); }

    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestOverviewMap::init()
{
    m_window = std::make_unique<Ui::MainWindow>();
    QVERIFY(m_window->openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(map());
    map()->refreshNow();
}

void TestOverviewMap::cleanup()
{
    m_window.reset();
}

void TestOverviewMap::picturesTheWholeDiagram()
{
    Ui::OverviewMap *m = map();
    Ui::DiagramView *view = m_window->diagramView();
    QVERIFY(m->isVisible());
    QCOMPARE(m->sceneArea(), m_window->diagramScene()->diagramRect());
    // In the viewport's bottom-right corner, within the size limits.
    const QRect viewport = view->viewport()->geometry();
    QCOMPARE(m->geometry().right(), viewport.right() - Ui::OverviewMap::Margin);
    QCOMPARE(m->geometry().bottom(), viewport.bottom() - Ui::OverviewMap::Margin);
    QVERIFY(m->width() <= Ui::OverviewMap::MaxWidth && m->height() <= Ui::OverviewMap::MaxHeight);
    // The diagram fills the map in one direction and fits in the other.
    const QRectF drawn = m->mapFromScene(m->sceneArea());
    QVERIFY(QRectF(m->rect()).contains(drawn));
    QVERIFY2(m->width() - drawn.width() <= 10 && m->height() - drawn.height() <= 10,
             qPrintable(QStringLiteral("%1x%2 in %3x%4").arg(drawn.width()).arg(drawn.height())
                            .arg(m->width()).arg(m->height())));
    QVERIFY(close(m->mapToScene(drawn.center()), m->sceneArea().center(), 0.01));
    // Zoomed in on a corner, most of the map is outside the visible-area rectangle.
    view->setZoom(4.0);
    view->centerOn(m->sceneArea().topLeft());
    QApplication::processEvents();
    // Every card is drawn: the pixel at a card's centre is the card colour, not the map's.
    const QImage image = m->grab().toImage();
    const QColor cardFill = m->palette().color(QPalette::Base);
    const QRectF shown = m->viewportIndicator();
    int checked = 0;
    for (const Ui::TableItem *card : m_window->diagramScene()->tableItems()) {
        const QPoint p = mapPointOf(m, card) + QPoint(0, 1);
        if (shown.adjusted(-2, -2, 2, 2).contains(p))
            continue; // tinted by the visible-area rectangle
        QCOMPARE(image.pixelColor(p), cardFill);
        ++checked;
    }
    QVERIFY(checked >= m_window->diagramScene()->tableItems().size() - 2);
}

void TestOverviewMap::rectangleFollowsZoomAndScroll()
{
    Ui::OverviewMap *m = map();
    Ui::DiagramView *view = m_window->diagramView();
    view->setZoom(1.0);
    view->centerOn(m_window->diagramScene()->tableItem(QStringLiteral("t_order")));
    QApplication::processEvents();

    const qreal pixel = m->sceneArea().width() / m->mapFromScene(m->sceneArea()).width(); // scene units
    auto check = [&] {
        const QRectF indicator = m->viewportIndicator();
        const QRectF visible = visibleSceneRect(view);
        const QPointF topLeft = m->mapToScene(indicator.topLeft());
        const QPointF bottomRight = m->mapToScene(indicator.bottomRight());
        QVERIFY2(close(topLeft, visible.topLeft(), pixel) && close(bottomRight, visible.bottomRight(), pixel),
                 qPrintable(text(topLeft) + text(bottomRight) + QLatin1String(" vs ")
                            + text(visible.topLeft()) + text(visible.bottomRight())));
    };
    check();
    QVERIFY(m->viewportIndicator().width() < m->width());

    // Zooming in shrinks the rectangle by the zoom factor, around the same centre.
    const QRectF before = m->viewportIndicator();
    view->zoomIn();
    QApplication::processEvents();
    const QRectF after = m->viewportIndicator();
    QVERIFY2(std::abs(after.width() * 1.25 - before.width()) < 1.5,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.width()).arg(after.width())));
    QVERIFY(close(after.center(), before.center(), 1.5));
    check();

    // Scrolling moves it by the scrolled distance, at the map's scale.
    const QPointF centre = m->viewportIndicator().center();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 200);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - 100);
    QApplication::processEvents();
    const qreal zoom = view->zoom();
    const QPointF moved = m->viewportIndicator().center() - centre;
    QVERIFY2(close(moved, QPointF(200 / zoom / pixel, -100 / zoom / pixel), 0.6), qPrintable(text(moved)));
    check();

    // Resizing the window keeps the map in the corner and the rectangle true.
    m_window->resize(1200, 800);
    QApplication::processEvents();
    QCOMPARE(m->geometry().right(), view->viewport()->geometry().right() - Ui::OverviewMap::Margin);
    check();
}

void TestOverviewMap::clickCentresTheView()
{
    Ui::OverviewMap *m = map();
    Ui::DiagramView *view = m_window->diagramView();
    view->setZoom(1.5);
    QApplication::processEvents();
    const qreal pixel = m->sceneArea().width() / m->mapFromScene(m->sceneArea()).width();
    // Click on each of two cards far apart: the view centres on them.
    for (const auto &id : {QStringLiteral("t_customer"), QStringLiteral("t_tag")}) {
        const Ui::TableItem *card = m_window->diagramScene()->tableItem(id);
        QVERIFY(card);
        const QPoint at = mapPointOf(m, card);
        QTest::mouseClick(m, Qt::LeftButton, {}, at);
        const QPointF expected = m->mapToScene(at);
        QVERIFY2(close(viewCentre(view), expected, 2), qPrintable(text(viewCentre(view)) + text(expected)));
        // ...so the card is in sight, and the map's rectangle is around the click.
        const QPointF cardCentre = card->mapRectToScene(card->cardRect()).center();
        QVERIFY(view->viewport()->rect().contains(view->mapFromScene(cardCentre)));
        QVERIFY(close(cardCentre, viewCentre(view), pixel));
        QVERIFY(close(m->viewportIndicator().center(), at, 1.5));
    }
    // The click went to the map, not through to the canvas: nothing got selected.
    QVERIFY(m_window->diagramScene()->selectedItems().isEmpty());
}

void TestOverviewMap::dragMovesTheView()
{
    Ui::OverviewMap *m = map();
    Ui::DiagramView *view = m_window->diagramView();
    view->setZoom(2.0);
    QApplication::processEvents();
    const QRectF drawn = m->mapFromScene(m->sceneArea());
    const QPoint from = (drawn.topLeft() + QPointF(drawn.width() * 0.3, drawn.height() * 0.3)).toPoint();
    const QPoint via = (drawn.topLeft() + QPointF(drawn.width() * 0.5, drawn.height() * 0.6)).toPoint();
    const QPoint to = (drawn.topLeft() + QPointF(drawn.width() * 0.7, drawn.height() * 0.5)).toPoint();
    QTest::mousePress(m, Qt::LeftButton, {}, from);
    QVERIFY(close(viewCentre(view), m->mapToScene(from), 2));
    for (const QPoint &p : {via, to}) {
        QTest::mouseMove(m, p);
        QVERIFY2(close(viewCentre(view), m->mapToScene(p), 2),
                 qPrintable(text(viewCentre(view)) + text(m->mapToScene(p))));
    }
    QTest::mouseRelease(m, Qt::LeftButton, {}, to);
    // After the release, moving over the map no longer pans.
    const QPointF rest = viewCentre(view);
    QTest::mouseMove(m, from);
    QVERIFY(close(viewCentre(view), rest, 0.5));
    // A drag past the map's edge stops at the diagram's edge.
    QTest::mousePress(m, Qt::LeftButton, {}, to);
    QTest::mouseMove(m, QPoint(-40, -40));
    QTest::mouseRelease(m, Qt::LeftButton, {}, QPoint(-40, -40));
    const QPointF corner = m->sceneArea().topLeft();
    const QRectF visible = visibleSceneRect(view);
    QVERIFY2(visible.contains(corner) || close(visible.center(), corner, 2),
             qPrintable(text(visible.topLeft()) + text(corner)));
}

void TestOverviewMap::followsSelectionAndEdits()
{
    Ui::OverviewMap *m = map();
    Ui::DiagramView *view = m_window->diagramView();
    Ui::DiagramScene *scene = m_window->diagramScene();
    // Look far from the card, so that the visible-area rectangle does not tint it.
    Ui::TableItem *card = scene->tableItem(QStringLiteral("t_tag"));
    view->setZoom(3.0);
    const QPointF cardCentre = card->mapRectToScene(card->cardRect()).center();
    const QPointF area = m->sceneArea().center();
    view->centerOn(2 * area - cardCentre); // the opposite side of the diagram
    QApplication::processEvents();
    // Where the card's centre is on the map now (the map rescales when the diagram's extent changes).
    const auto pixelAtCard = [&] {
        const QPoint at = m->mapFromScene(QRectF(cardCentre, QSizeF())).topLeft().toPoint();
        return m->grab().toImage().pixelColor(at);
    };
    QVERIFY(!m->viewportIndicator().adjusted(-2, -2, 2, 2).contains(mapPointOf(m, card)));
    const QColor accent = m->palette().color(QPalette::Highlight);
    const QColor base = m->palette().color(QPalette::Base);
    QCOMPARE(pixelAtCard(), base);

    card->setSelected(true);
    QTRY_COMPARE(pixelAtCard(), accent);
    // Deleting the table (one undo step) takes it off the map; undo brings it back.
    scene->deleteSelection();
    QVERIFY(!scene->tableItem(QStringLiteral("t_tag")));
    QTRY_VERIFY(pixelAtCard() != accent && pixelAtCard() != base);
    QCOMPARE(m->sceneArea(), scene->diagramRect());
    m_window->document()->undoStack()->undo();
    QVERIFY(scene->tableItem(QStringLiteral("t_tag")));
    QTRY_COMPARE(pixelAtCard(), base);
}

void TestOverviewMap::menuTogglesIt()
{
    Ui::OverviewMap *m = map();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("overviewMapAction"));
    QVERIFY(action);
    QVERIFY(action->isCheckable() && action->isChecked());
    QVERIFY(m->isVisible());
    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!m->isVisible());
    QVERIFY(!m->isWanted());
    // Hidden, it stays hidden through edits and resizes.
    m_window->resize(1300, 850);
    m_window->diagramScene()->tableItem(QStringLiteral("t_tag"))->setSelected(true);
    QTest::qWait(200);
    QVERIFY(!m->isVisible());
    action->trigger();
    QVERIFY(m->isVisible());
    // A canvas too small to spare the room has no map.
    m_window->resize(500, 400);
    QTRY_VERIFY(!m->isVisible());
    m_window->resize(1400, 900);
    QTRY_VERIFY(m->isVisible());
    // An empty design has nothing to map.
    m_window->newDesign();
    QTRY_VERIFY(!m->isVisible());
}

void TestOverviewMap::cheapOnAThousandTables()
{
    Core::Schema schema;
    schema.name = QStringLiteral("thousand");
    for (int i = 0; i < 1000; ++i) {
        Core::Table t;
        t.id = QStringLiteral("t%1").arg(i);
        t.name = QStringLiteral("table_%1").arg(i);
        Core::Column id;
        id.id = t.id + QLatin1String("_id");
        id.name = QStringLiteral("id");
        id.primaryKey = true;
        id.nullable = false;
        t.columns.push_back(id);
        t.position = QPointF(60 + (i % 40) * 260, 60 + (i / 40) * 220);
        schema.tables.push_back(t);
    }
    Core::SchemaDocument document;
    Ui::DiagramScene scene(&document);
    Ui::DiagramView view(&scene);
    auto *m = new Ui::OverviewMap(&view);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    document.reset(schema);
    QElapsedTimer timer;
    timer.start();
    m->refreshNow();
    const qint64 rebuild = timer.elapsed();
    QVERIFY(m->isVisible());
    QCOMPARE(m->sceneArea(), scene.diagramRect());
    timer.restart();
    for (int i = 0; i < 20; ++i)
        m->repaint(); // what every scroll step costs
    const qint64 repaints = timer.elapsed();
    qInfo("1,000 tables: picture %lld ms, 20 repaints %lld ms", rebuild, repaints);
    QVERIFY2(rebuild < 250, qPrintable(QString::number(rebuild)));
    QVERIFY2(repaints < 250, qPrintable(QString::number(repaints)));
    // The last card is on the map, small as it is: its pixel differs from the empty margin beside it.
    const QImage image = m->grab().toImage();
    const Ui::TableItem *last = scene.tableItem(QStringLiteral("t999"));
    const QRectF lastRect = last->mapRectToScene(last->cardRect());
    const QPointF beside(lastRect.right() + (m->sceneArea().right() - lastRect.right()) / 2, lastRect.center().y());
    QVERIFY(image.pixelColor(mapPointOf(m, last)) != image.pixelColor(m->mapFromScene(QRectF(beside, QSizeF())).topLeft().toPoint()));
}

void TestOverviewMap::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestOverviewMap::screenshots()
{
    QFETCH(bool, dark);
    m_window.reset();
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.diagramView()->setZoom(1.0);
    w.diagramView()->centerOn(w.diagramScene()->tableItem(QStringLiteral("t_order")));
    w.diagramScene()->tableItem(QStringLiteral("t_order"))->setSelected(true);
    auto *m = w.findChild<Ui::OverviewMap *>(QStringLiteral("overviewMap"));
    QVERIFY(m);
    m->refreshNow();
    QTest::qWait(20);
    const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString name = dark ? QStringLiteral("overview-map-dark") : QStringLiteral("overview-map-light");
    QVERIFY(w.grab().toImage().save(dir + u'/' + name + QLatin1String(".png")));
    QVERIFY(m->grab().toImage().save(dir + u'/' + name + QLatin1String("-map.png")));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestOverviewMap)
#include "tst_overviewmap.moc"
