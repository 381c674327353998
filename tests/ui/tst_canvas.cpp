// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The diagram canvas on the offscreen platform: the scene mirrors the document (one card per
// table at its position, one line per relationship), a real mouse drag becomes one undoable move,
// Delete removes the selection as one step, zoom to fit shows everything, the headless renderer
// writes PNG, SVG and PDF, and screenshots (light and dark) land in the build folder.

#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "testpalette.h"
#include "projectfile.h"
#include "relationshipitem.h"
#include "tableitem.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestCanvas final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mirrorsShopExample();
    void followsEditsIncrementally();
    void mouseDragIsOneUndoableMove();
    void rubberBandSelects();
    void deleteSelectionIsOneStep();
    void zoomToFitShowsEverything();
    void zoomKeepsWithinLimits();
    void rendersFiles_data();
    void rendersFiles();
    void renderRejectsUnknownFormat();
    void screenshots_data();
    void screenshots();

private:
    Core::Schema m_shop;
};

namespace {

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 0.5 && std::abs(a.y() - b.y()) < 0.5;
}

} // namespace

void TestCanvas::init()
{
    Core::LoadError error;
    QVERIFY2(Core::loadProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json"), &m_shop, &error),
             qPrintable(error.toString()));
}

void TestCanvas::mirrorsShopExample()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    QCOMPARE(scene.tableItems().size(), qsizetype(m_shop.tables.size()));
    QCOMPARE(scene.relationshipItems().size(), qsizetype(m_shop.relationships.size()));
    for (const Core::Table &t : m_shop.tables) {
        const Ui::TableItem *item = scene.tableItem(t.id);
        QVERIFY2(item, qPrintable(t.name));
        QVERIFY(t.position);
        QCOMPARE(item->pos(), *t.position);
        QVERIFY(item->boundingRect().width() >= 170);
    }
    for (const Core::Relationship &r : m_shop.relationships) {
        const Ui::RelationshipItem *item = scene.relationshipItem(r.id);
        QVERIFY2(item, qPrintable(r.id));
        QVERIFY(!item->boundingRect().isEmpty());
        // Many-to-many: two legs through the link table.
        QCOMPARE(item->tables().size(), r.kind == Core::RelationshipKind::ManyToMany ? 4u : 2u);
    }
    // The self-reference (category.parent) is drawn as a loop on one card.
    const auto selfRef = scene.relationshipItem(QStringLiteral("r_category_children"))->tables();
    QCOMPARE(selfRef.front(), selfRef.back());
    // No two cards overlap in the example.
    const auto items = scene.tableItems();
    for (const auto *a : items) {
        for (const auto *b : items) {
            if (a != b)
                QVERIFY2(!a->sceneBoundingRect().intersects(b->sceneBoundingRect()),
                         qPrintable(a->tableId() + QLatin1String(" / ") + b->tableId()));
        }
    }
}

void TestCanvas::followsEditsIncrementally()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    Ui::TableItem *tag = scene.tableItem(QStringLiteral("t_tag"));
    Ui::TableItem *customer = scene.tableItem(QStringLiteral("t_customer"));
    const qreal height = tag->boundingRect().height();
    Core::Column c;
    c.name = QStringLiteral("a_rather_long_column_name_for_a_tag");
    c.type.kind = Core::TypeKind::Numeric;
    c.type.precision = 10;
    c.type.scale = 2;
    doc.addColumn(QStringLiteral("t_tag"), c);
    QCOMPARE(scene.tableItem(QStringLiteral("t_tag")), tag); // re-synced, not rebuilt
    QCOMPARE(scene.tableItem(QStringLiteral("t_customer")), customer);
    QVERIFY(tag->boundingRect().height() > height);

    // Removing a table drops its card and the lines on it; undo brings them back.
    const auto relationships = scene.relationshipItems().size();
    doc.removeTable(QStringLiteral("t_order"));
    QVERIFY(!scene.tableItem(QStringLiteral("t_order")));
    QCOMPARE(scene.relationshipItems().size(), qsizetype(doc.schema().relationships.size()));
    QVERIFY(scene.relationshipItems().size() < relationships);
    doc.undoStack()->undo();
    QVERIFY(scene.tableItem(QStringLiteral("t_order")));
    QCOMPARE(scene.relationshipItems().size(), relationships);

    // A new table without a position gets a free place below the others.
    Core::Table t;
    t.name = QStringLiteral("note");
    const QString id = doc.addTable(t);
    Ui::TableItem *note = scene.tableItem(id);
    QVERIFY(note);
    for (const Ui::TableItem *other : scene.tableItems()) {
        if (other != note)
            QVERIFY(!other->sceneBoundingRect().intersects(note->sceneBoundingRect()));
    }
    const QString added = doc.schema().table(QStringLiteral("t_tag"))->columns.back().id;
    QCOMPARE(Ui::columnTypeText(doc.schema(), QStringLiteral("t_tag"), added), QStringLiteral("numeric(10,2)"));
}

void TestCanvas::mouseDragIsOneUndoableMove()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    Ui::DiagramView view(&scene);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    const QString id = QStringLiteral("t_payment");
    Ui::TableItem *item = scene.tableItem(id);
    view.centerOn(item);
    const QPointF before = *doc.schema().table(id)->position;
    const int commands = doc.undoStack()->count();

    const QPoint start = view.mapFromScene(item->pos() + QPointF(30, 12));
    const QPoint delta(90, 60);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(view.viewport(), start + delta * i / 6);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + delta);

    const QPointF expected = before + QPointF(delta) / view.zoom();
    QVERIFY2(near(*doc.schema().table(id)->position, expected),
             qPrintable(QStringLiteral("%1,%2").arg(doc.schema().table(id)->position->x()).arg(doc.schema().table(id)->position->y())));
    QCOMPARE(doc.undoStack()->count(), commands + 1);
    QVERIFY(near(item->pos(), expected));

    doc.undoStack()->undo();
    QCOMPARE(*doc.schema().table(id)->position, before);
    QCOMPARE(item->pos(), before); // the card follows the model
    doc.undoStack()->redo();
    QVERIFY(near(item->pos(), expected));

    // A second drag of the same card is a second step, not merged into the first.
    const QPoint again = view.mapFromScene(item->pos() + QPointF(30, 12));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, again);
    QTest::mouseMove(view.viewport(), again + QPoint(20, 0));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, again + QPoint(20, 0));
    QCOMPARE(doc.undoStack()->count(), commands + 2);

    // A click without a move is no command.
    const QPoint click = view.mapFromScene(item->pos() + QPointF(30, 12));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(doc.undoStack()->count(), commands + 2);
}

void TestCanvas::rubberBandSelects()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    Ui::DiagramView view(&scene);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    view.centerOn(QPointF(300, 200));
    // From empty canvas above the top-left cards to across CustomerFollow and Address.
    const QPoint from = view.mapFromScene(QPointF(20, 10));
    const QPoint to = view.mapFromScene(QPointF(400, 60));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(view.viewport(), from + (to - from) * i / 5);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    QStringList selected;
    for (QGraphicsItem *item : scene.selectedItems()) {
        QCOMPARE(item->type(), int(Ui::TableItem::Type));
        selected << static_cast<Ui::TableItem *>(item)->tableId();
    }
    selected.sort();
    QCOMPARE(selected, QStringList({QStringLiteral("t_address"), QStringLiteral("t_customer_follow")}));
    QCOMPARE(doc.undoStack()->count(), 0); // selecting is not an edit
}

void TestCanvas::deleteSelectionIsOneStep()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    Ui::DiagramView view(&scene);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Core::Schema original = doc.schema();
    scene.tableItem(QStringLiteral("t_review"))->setSelected(true);
    scene.tableItem(QStringLiteral("t_shipment"))->setSelected(true);
    view.setFocus();
    QTest::keyClick(view.viewport(), Qt::Key_Delete);
    QVERIFY(!doc.schema().table(QStringLiteral("t_review")));
    QVERIFY(!doc.schema().table(QStringLiteral("t_shipment")));
    QVERIFY(!scene.tableItem(QStringLiteral("t_review")));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.schema(), original);
    QCOMPARE(scene.tableItems().size(), qsizetype(original.tables.size()));
    QCOMPARE(scene.relationshipItems().size(), qsizetype(original.relationships.size()));
}

void TestCanvas::zoomToFitShowsEverything()
{
    Core::SchemaDocument doc;
    doc.reset(m_shop);
    Ui::DiagramScene scene(&doc);
    Ui::DiagramView view(&scene);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(2.0);
    view.zoomToFit();
    QVERIFY(view.zoom() < 1.0);
    const QRect visible = view.viewport()->rect();
    for (const Ui::TableItem *item : scene.tableItems()) {
        const QRect r = view.mapFromScene(item->sceneBoundingRect()).boundingRect();
        QVERIFY2(visible.contains(r), qPrintable(item->tableId()));
    }
    // Ctrl+0 is the same action.
    view.setZoom(3.0);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(view.zoom() < 1.0);
}

void TestCanvas::zoomKeepsWithinLimits()
{
    Core::SchemaDocument doc;
    Ui::DiagramScene scene(&doc);
    Ui::DiagramView view(&scene);
    view.setZoom(1.0);
    view.zoomIn();
    QVERIFY(view.zoom() > 1.0);
    for (int i = 0; i < 50; ++i)
        view.zoomIn();
    QCOMPARE(view.zoom(), Ui::DiagramView::MaxZoom);
    for (int i = 0; i < 100; ++i)
        view.zoomOut();
    QCOMPARE(view.zoom(), Ui::DiagramView::MinZoom);
}

void TestCanvas::rendersFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
}

void TestCanvas::rendersFiles()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.") + suffix);
    QString error;
    QVERIFY2(Ui::renderDiagram(m_shop, path, 2, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith(magic));
    if (suffix == QLatin1String("png")) {
        QImage image(path);
        Core::SchemaDocument doc;
        doc.reset(m_shop);
        Ui::DiagramScene scene(&doc);
        QCOMPARE(image.size(), (scene.diagramRect().size() * 2).toSize());
        // Not a blank page: the cards' headers are there.
        QCOMPARE(image.pixelColor(0, 0), QColor(0xf7, 0xf8, 0xfa));
        const QPointF header = (*m_shop.tables.front().position - scene.diagramRect().topLeft() + QPointF(4, 4)) * 2;
        QVERIFY(image.pixelColor(header.toPoint()) != QColor(0xf7, 0xf8, 0xfa));
        QDir().mkpath(QStringLiteral(SMS_BUILD_DIR "/screenshots"));
        QFile::remove(QStringLiteral(SMS_BUILD_DIR "/screenshots/render-shop.png"));
        QVERIFY(QFile::copy(path, QStringLiteral(SMS_BUILD_DIR "/screenshots/render-shop.png")));
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("StockMovement"));
    }
}

void TestCanvas::renderRejectsUnknownFormat()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!Ui::renderDiagram(m_shop, dir.filePath(QStringLiteral("shop.gif")), 1, &error));
    QVERIFY(error.contains(QLatin1String("gif")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("shop.gif"))));
}

void TestCanvas::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCanvas::screenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    TestSupport::applyTestPalette(dark);
    Ui::MainWindow w;
    QVERIFY(w.openProject(QStringLiteral(SMS_EXAMPLES_DIR "/shop.sqlmodel.json")));
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    w.diagramView()->zoomToFit();
    w.diagramScene()->tableItem(QStringLiteral("t_order"))->setSelected(true);
    QTest::qWait(20);
    const QString dir = QStringLiteral(SMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString name = dark ? QStringLiteral("canvas-dark") : QStringLiteral("canvas-light");
    QVERIFY(w.grab().toImage().save(dir + u'/' + name + QLatin1String(".png")));
    // A closer look at 100 %, where the rows and the crow's feet show.
    w.diagramView()->setZoom(1.0);
    w.diagramView()->centerOn(w.diagramScene()->tableItem(QStringLiteral("t_order")));
    QTest::qWait(20);
    QVERIFY(w.diagramView()->grab().toImage().save(dir + u'/' + name + QLatin1String("-100.png")));
    // Below the level-of-detail threshold only headers are drawn.
    w.diagramView()->setZoom(0.3);
    QTest::qWait(20);
    QVERIFY(w.diagramView()->grab().toImage().save(dir + u'/' + name + QLatin1String("-30.png")));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
