// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramscene.h"

#include "document.h"
#include "relationshipitem.h"
#include "tableitem.h"

#include <QFileInfo>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr qreal Margin = 40;
constexpr qreal GridStep = 20;
constexpr qreal SlotWidth = 320;
constexpr qreal SlotHeight = 360;

} // namespace

DiagramScene::DiagramScene(Core::SchemaDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // A large, fixed index would cost more than it saves for cards that move often.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(m_document, &Core::SchemaDocument::changed, this, &DiagramScene::onChanged);
    connect(m_document, &Core::SchemaDocument::schemaReset, this, &DiagramScene::rebuild);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Relationship items hold pointers to table items: remove them first.
    qDeleteAll(m_relationships);
    m_relationships.clear();
}

void DiagramScene::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    update();
}

QRectF DiagramScene::diagramRect() const
{
    QRectF r;
    for (const TableItem *t : m_tables)
        r |= t->sceneBoundingRect();
    for (const RelationshipItem *rel : m_relationships)
        r |= rel->sceneBoundingRect();
    if (r.isNull())
        r = QRectF(0, 0, 400, 300);
    return r.adjusted(-Margin, -Margin, Margin, Margin);
}

void DiagramScene::rebuild()
{
    qDeleteAll(m_relationships);
    m_relationships.clear();
    qDeleteAll(m_tables);
    m_tables.clear();
    m_pressPositions.clear();

    const Core::Schema &schema = m_document->schema();
    // Tables with a position first, so that the others go on a grid below them.
    std::vector<const Core::Table *> unplaced;
    for (const Core::Table &t : schema.tables) {
        if (t.position)
            syncTable(t.id);
        else
            unplaced.push_back(&t);
    }
    if (!unplaced.empty()) {
        qreal top = 0;
        for (const TableItem *t : std::as_const(m_tables))
            top = std::max(top, t->sceneBoundingRect().bottom() + Margin * 2);
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(unplaced.size())))));
        for (std::size_t i = 0; i < unplaced.size(); ++i) {
            TableItem *item = syncTable(unplaced[i]->id);
            item->setPos(Margin + qreal(int(i) % columns) * SlotWidth,
                         top + Margin + qreal(int(i) / columns) * SlotHeight);
        }
    }
    for (const Core::Relationship &r : schema.relationships)
        syncRelationship(r.id);
    setSceneRect(diagramRect().adjusted(-2000, -2000, 2000, 2000));
}

void DiagramScene::relayout()
{
    // Re-measure after a font change.
    for (TableItem *t : std::as_const(m_tables))
        t->syncWithModel(m_document->schema());
    for (RelationshipItem *r : std::as_const(m_relationships))
        r->adjust();
}

bool DiagramScene::event(QEvent *event)
{
    const bool result = QGraphicsScene::event(event);
    if (event->type() == QEvent::FontChange)
        relayout();
    return result;
}

QPointF DiagramScene::freePosition() const
{
    // Below everything else, on the left.
    qreal bottom = 0;
    qreal left = Margin;
    bool any = false;
    for (const TableItem *t : m_tables) {
        const QRectF r = t->sceneBoundingRect();
        bottom = any ? std::max(bottom, r.bottom()) : r.bottom();
        left = any ? std::min(left, r.left()) : r.left();
        any = true;
    }
    return any ? QPointF(left, bottom + Margin) : QPointF(Margin, Margin);
}

TableItem *DiagramScene::syncTable(const QString &tableId)
{
    const Core::Table *table = m_document->schema().table(tableId);
    if (!table)
        return nullptr;
    TableItem *item = m_tables.value(tableId);
    if (!item) {
        item = new TableItem(tableId);
        const QPointF where = table->position ? *table->position : freePosition();
        addItem(item);
        m_tables.insert(tableId, item);
        item->syncWithModel(m_document->schema());
        item->setPos(where);
        return item;
    }
    item->syncWithModel(m_document->schema());
    if (table->position)
        item->setPos(*table->position);
    return item;
}

void DiagramScene::removeTableItem(const QString &tableId)
{
    TableItem *item = m_tables.take(tableId);
    if (!item)
        return;
    const auto relationships = item->relationships();
    for (RelationshipItem *r : relationships) {
        m_relationships.remove(r->relationshipId());
        delete r;
    }
    m_pressPositions.remove(tableId);
    delete item;
}

void DiagramScene::syncRelationship(const QString &relId)
{
    RelationshipItem *item = m_relationships.value(relId);
    if (!m_document->schema().relationship(relId)) {
        m_relationships.remove(relId);
        delete item;
        return;
    }
    if (!item) {
        item = new RelationshipItem(relId);
        addItem(item);
        m_relationships.insert(relId, item);
    }
    if (!item->syncWithModel(m_document->schema(), *this)) {
        m_relationships.remove(relId);
        delete item;
    }
}

void DiagramScene::onChanged(const Core::ChangeSet &changes)
{
    const Core::Schema &schema = m_document->schema();
    if (changes.geometryOnly) {
        for (const QString &id : changes.tables) {
            const Core::Table *t = schema.table(id);
            TableItem *item = m_tables.value(id);
            if (t && item && t->position)
                item->setPos(*t->position);
        }
        return;
    }

    QSet<QString> relationships = changes.relationships;
    for (const QString &id : changes.tables) {
        if (!schema.table(id)) {
            removeTableItem(id);
            continue;
        }
        TableItem *item = syncTable(id);
        for (const RelationshipItem *r : item->relationships())
            relationships.insert(r->relationshipId());
    }
    // Relationships that ride on foreign keys of the touched tables may appear or vanish.
    if (!changes.tables.isEmpty()) {
        for (const Core::Relationship &r : schema.relationships) {
            for (const QString &fk : {r.foreignKey, r.secondForeignKey}) {
                const Core::Table *owner = fk.isEmpty() ? nullptr : schema.tableOfForeignKey(fk);
                const Core::ForeignKey *key = owner ? owner->foreignKey(fk) : nullptr;
                if (owner && (changes.tables.contains(owner->id)
                              || (key && changes.tables.contains(key->refTable))))
                    relationships.insert(r.id);
            }
        }
    }
    for (const QString &id : std::as_const(relationships))
        syncRelationship(id);
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableItem::Type) {
            auto *t = static_cast<TableItem *>(item);
            m_pressPositions.insert(t->tableId(), t->pos());
        }
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMove();
}

void DiagramScene::commitMove()
{
    // The cards moved with the mouse; now the model takes the new positions, in one command
    // for the whole drag. The document then announces them and the scene follows.
    QHash<QString, QPointF> positions;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const TableItem *item = m_tables.value(it.key());
        if (item && item->pos() != it.value())
            positions.insert(it.key(), item->pos());
    }
    m_pressPositions.clear();
    if (!positions.isEmpty())
        m_document->moveTables(positions, false);
}

void DiagramScene::deleteSelection()
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableItem::Type)
            ids << static_cast<TableItem *>(item)->tableId();
    }
    if (ids.isEmpty())
        return;
    ids.sort();
    QUndoStack *stack = m_document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Delete %n tables", nullptr, int(ids.size())));
    for (const QString &id : std::as_const(ids))
        m_document->removeTable(id);
    if (ids.size() > 1)
        stack->endMacro();
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !focusItem()) {
        deleteSelection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Window));
    if (!m_gridVisible)
        return;
    // A quiet dot grid, only when zoomed in far enough for it to help.
    const qreal scale = painter->worldTransform().m11();
    if (scale < 0.5)
        return;
    QColor dot = pal.color(QPalette::WindowText);
    dot.setAlphaF(0.12f);
    painter->setPen(QPen(dot, 2 / scale, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / GridStep) * GridStep;
    const qreal top = std::floor(rect.top() / GridStep) * GridStep;
    std::vector<QPointF> points;
    for (qreal y = top; y < rect.bottom(); y += GridStep) {
        for (qreal x = left; x < rect.right(); x += GridStep)
            points.emplace_back(x, y);
    }
    painter->drawPoints(points.data(), int(points.size()));
}

namespace {

QPalette exportPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

bool renderDiagram(const Core::Schema &schema, const QString &path, qreal scale, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf")) {
        if (error)
            *error = QCoreApplication::translate("Ui::DiagramScene",
                                                 "Unknown image format “%1”: use .png, .svg or .pdf")
                         .arg(suffix);
        return false;
    }
    if (scale <= 0 || scale > 16) {
        if (error)
            *error = QCoreApplication::translate("Ui::DiagramScene", "The scale must be above 0 and at most 16");
        return false;
    }

    Core::SchemaDocument document;
    document.reset(schema);
    DiagramScene scene(&document);
    scene.setPalette(exportPalette());
    scene.setGridVisible(false);
    const QRectF source = scene.diagramRect();
    const QSizeF size = source.size();

    auto paintInto = [&](QPainter &painter, const QRectF &target) {
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        scene.render(&painter, target, source, Qt::KeepAspectRatio);
    };

    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString cannotWrite = QCoreApplication::translate("Ui::DiagramScene", "Cannot write “%1”").arg(path);

    if (suffix == QLatin1String("png")) {
        const QSize pixels = (size * scale).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(QCoreApplication::translate("Ui::DiagramScene", "The diagram is too large for an image at this scale"));
        image.fill(exportPalette().color(QPalette::Window));
        {
            QPainter painter(&image);
            paintInto(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        if (!image.save(path, "PNG"))
            return fail(cannotWrite);
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(schema.name);
        svg.setDescription(QCoreApplication::translate("Ui::DiagramScene", "Diagram drawn by SQLModel Studio"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(cannotWrite);
        paintInto(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        return true;
    }
    QPdfWriter pdf(path);
    pdf.setResolution(72); // one diagram unit is one point
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setTitle(schema.name);
    pdf.setCreator(QStringLiteral("SQLModel Studio"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(cannotWrite);
    paintInto(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return true;
}

} // namespace Ui
