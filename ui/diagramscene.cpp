// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramscene.h"

#include "canvasedits.h"
#include "document.h"
#include "naming.h"
#include "palette.h"
#include "relationshipitem.h"
#include "tableitem.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsProxyWidget>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Ui {

namespace {

constexpr qreal Margin = 40;
constexpr qreal GridStep = 20;
constexpr qreal SlotWidth = 320;
constexpr qreal SlotHeight = 360;
constexpr qreal EditorZ = 1000;
constexpr qreal RubberZ = 900;

// The default question after a connection is dropped on a table.
std::optional<Core::RelationshipKind> askRelationshipKind(const QString &title, const QPoint &screenPos)
{
    QMenu menu;
    menu.setObjectName(QStringLiteral("relationshipKindMenu"));
    menu.addSection(title);
    QAction *many = menu.addAction(DiagramScene::tr("One-to-many"));
    many->setObjectName(QStringLiteral("oneToMany"));
    many->setToolTip(DiagramScene::tr("Each row of the first table refers to one row of the "
                                      "second; a row of the second has a list of them"));
    QAction *one = menu.addAction(DiagramScene::tr("One-to-one"));
    one->setObjectName(QStringLiteral("oneToOne"));
    one->setToolTip(DiagramScene::tr("The foreign key is unique: at most one row refers to each "
                                     "row of the second table"));
    menu.addSeparator();
    menu.addAction(DiagramScene::tr("Cancel"));
    const QAction *chosen = menu.exec(screenPos, many);
    if (chosen == many)
        return Core::RelationshipKind::OneToMany;
    if (chosen == one)
        return Core::RelationshipKind::OneToOne;
    return std::nullopt;
}

} // namespace

DiagramScene::DiagramScene(Core::SchemaDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_chooseKind(askRelationshipKind)
{
    // A large, fixed index would cost more than it saves for cards that move often.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(m_document, &Core::SchemaDocument::changed, this, &DiagramScene::onChanged);
    connect(m_document, &Core::SchemaDocument::schemaReset, this, &DiagramScene::rebuild);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    closeEditor();
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
    closeEditor();
    endConnect();
    endLink();
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
    // Keys that act on a card's current column win over the window's shortcuts (Delete deletes
    // the column, not the table).
    if (event->type() == QEvent::ShortcutOverride && !m_editor
        && (handleCardKey(static_cast<QKeyEvent *>(event), true)
            || (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
                && (isLinking() || !m_connectTable.isEmpty())))) {
        event->accept();
        return true;
    }
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
    if (m_editTable == tableId)
        closeEditor();
    if (m_connectTable == tableId)
        endConnect();
    if (m_linkFrom == tableId)
        endLink();
    if (m_dropHighlight == tableId)
        m_dropHighlight.clear();
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
        if (m_editor)
            layoutEditor();
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
    // The edited name may have gone (undo) or moved (the card got wider).
    if (m_editor) {
        const Core::Table *t = schema.table(m_editTable);
        if (!t || (!m_editColumn.isEmpty() && !t->column(m_editColumn)))
            closeEditor();
        else
            layoutEditor();
    }
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastScenePos = event->scenePos();
    if (isLinking()) {
        // The link tool's second click: a table other than the first links them; anywhere else
        // cancels.
        if (event->button() == Qt::LeftButton) {
            const QString from = m_linkFrom;
            TableItem *card = cardAt(event->scenePos());
            endLink();
            if (card && card->tableId() != from)
                connectManyToMany(from, card->tableId());
            else
                Q_EMIT message(tr("Many-to-many link cancelled"));
        }
        event->accept();
        return;
    }
    // A click outside the in-place editor commits it (a refused name is dropped).
    if (m_editorProxy && !m_editorProxy->sceneBoundingRect().contains(event->scenePos())) {
        if (!commitEditor())
            cancelEditor();
    }
    TableItem *card = event->button() == Qt::LeftButton ? cardAt(event->scenePos()) : nullptr;
    const TableItem::Hit hit = card ? card->hitTest(card->mapFromScene(event->scenePos()))
                                    : TableItem::Hit{};
    if (hit.part == TableItem::Part::Connector) {
        // A foreign key is being drawn: a rubber line follows the mouse until the release.
        m_connectTable = card->tableId();
        m_connectColumn = hit.columnId;
        card->setCurrentColumn(hit.columnId);
        showRubberLine(card->mapToScene(card->connectorPos(hit.columnId)), event->scenePos());
        event->accept();
        return;
    }
    if (hit.part == TableItem::Part::AddRow) {
        addColumn(card->tableId(), -1, true);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (event->button() != Qt::LeftButton)
        return;
    if (card) {
        if (hit.part == TableItem::Part::Row)
            card->setCurrentColumn(hit.columnId);
        else if (hit.part == TableItem::Part::Header)
            card->setCurrentColumn(QString());
    }
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableItem::Type) {
            auto *t = static_cast<TableItem *>(item);
            m_pressPositions.insert(t->tableId(), t->pos());
        }
    }
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastScenePos = event->scenePos();
    if (!m_connectTable.isEmpty()) {
        if (TableItem *from = m_tables.value(m_connectTable)) {
            showRubberLine(from->mapToScene(from->connectorPos(m_connectColumn)), event->scenePos());
            setDropHighlight(cardAt(event->scenePos()));
        }
        event->accept();
        return;
    }
    if (isLinking()) {
        if (TableItem *from = m_tables.value(m_linkFrom)) {
            showRubberLine(from->sceneBoundingRect().center(), event->scenePos());
            TableItem *target = cardAt(event->scenePos());
            setDropHighlight(target != from ? target : nullptr);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastScenePos = event->scenePos();
    if (!m_connectTable.isEmpty()) {
        if (event->button() == Qt::LeftButton) {
            const QString child = m_connectTable;
            const QString column = m_connectColumn;
            TableItem *target = cardAt(event->scenePos());
            const QString parent = target ? target->tableId() : QString();
            endConnect();
            const Core::Schema &schema = m_document->schema();
            const Core::Table *c = schema.table(child);
            const Core::Table *p = schema.table(parent);
            if (c && p) {
                const QString title = tr("%1 → %2").arg(Core::tableClassName(*c), Core::tableClassName(*p));
                if (const auto kind = m_chooseKind(title, event->screenPos()))
                    connectTables(child, parent, *kind, column);
            }
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMove();
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    m_lastScenePos = event->scenePos();
    if (event->button() != Qt::LeftButton || isLinking() || !m_connectTable.isEmpty()) {
        event->accept();
        return;
    }
    if (m_editorProxy && m_editorProxy->sceneBoundingRect().contains(event->scenePos())) {
        QGraphicsScene::mouseDoubleClickEvent(event); // the editor selects a word
        return;
    }
    TableItem *card = cardAt(event->scenePos());
    if (!card) {
        bool empty = true;
        for (const QGraphicsItem *item : items(event->scenePos())) {
            if (item != m_rubber && item->isVisible())
                empty = false;
        }
        if (empty) {
            createTable(event->scenePos(), true);
            event->accept();
            return;
        }
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    const TableItem::Hit hit = card->hitTest(card->mapFromScene(event->scenePos()));
    if (hit.part == TableItem::Part::Header)
        editTableName(card->tableId());
    else if (hit.part == TableItem::Part::Row)
        editColumnName(card->tableId(), hit.columnId);
    event->accept();
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

TableItem *DiagramScene::cardAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item == m_rubber || !item->isVisible())
            continue;
        if (item->type() == TableItem::Type)
            return static_cast<TableItem *>(item);
        if (m_editorProxy && item == m_editorProxy.data())
            return nullptr;
    }
    return nullptr;
}

TableItem *DiagramScene::currentCard() const
{
    QGraphicsItem *focus = focusItem();
    if (focus && focus->type() == TableItem::Type && focus->isSelected())
        return static_cast<TableItem *>(focus);
    TableItem *only = nullptr;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != TableItem::Type)
            continue;
        if (only)
            return nullptr;
        only = static_cast<TableItem *>(item);
    }
    return only;
}

bool DiagramScene::handleCardKey(QKeyEvent *event, bool dryRun)
{
    TableItem *card = currentCard();
    if (!card)
        return false;
    const QString table = card->tableId();
    const QString current = card->currentColumn();
    const QStringList columns = card->columnIds();
    const int index = int(columns.indexOf(current));
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && mods == Qt::AltModifier) {
        if (current.isEmpty())
            return false;
        if (!dryRun)
            moveColumn(table, current, key == Qt::Key_Up ? -1 : 1);
        return true;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && mods == Qt::NoModifier) {
        if (columns.isEmpty())
            return false;
        if (!dryRun) {
            int next = index < 0 ? (key == Qt::Key_Up ? int(columns.size()) - 1 : 0)
                                 : index + (key == Qt::Key_Up ? -1 : 1);
            card->setCurrentColumn(columns.at(std::clamp(next, 0, int(columns.size()) - 1)));
        }
        return true;
    }
    if (key == Qt::Key_Insert && mods == Qt::NoModifier) {
        if (!dryRun)
            addColumn(table, index < 0 ? -1 : index + 1, true);
        return true;
    }
    if ((key == Qt::Key_F2 || key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier) {
        if (!dryRun) {
            if (current.isEmpty())
                editTableName(table);
            else
                editColumnName(table, current);
        }
        return true;
    }
    if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && mods == Qt::NoModifier) {
        if (current.isEmpty())
            return false; // the whole selection goes (deleteSelection)
        if (!dryRun)
            deleteColumn(table, current);
        return true;
    }
    if (key == Qt::Key_Escape && mods == Qt::NoModifier && !current.isEmpty()) {
        if (!dryRun)
            card->setCurrentColumn(QString());
        return true;
    }
    return false;
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsScene::keyPressEvent(event); // to the editor
        return;
    }
    if (event->key() == Qt::Key_Escape && (isLinking() || !m_connectTable.isEmpty())) {
        endConnect();
        endLink();
        event->accept();
        return;
    }
    if (handleCardKey(event, false)) {
        event->accept();
        return;
    }
    // Without a main window (whose Edit menu has these), the scene handles them itself.
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
    } else if (event->matches(QKeySequence::Cut)) {
        cutSelection();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
    } else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
    } else {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    event->accept();
}

// -- direct manipulation -------------------------------------------------------------------------

QWidget *DiagramScene::mainView() const
{
    const auto all = views();
    for (QGraphicsView *v : all) {
        if (v->isVisible())
            return v;
    }
    return all.isEmpty() ? nullptr : all.front();
}

bool DiagramScene::apply(const Core::CanvasEdit &edit)
{
    if (!edit.isValid()) {
        refuse(edit.error);
        return false;
    }
    m_document->pushEdit(edit.edit, edit.commandText);
    return true;
}

void DiagramScene::refuse(const QString &text, bool tip)
{
    Q_EMIT message(text);
    auto *view = qobject_cast<QGraphicsView *>(mainView());
    if (!tip || !view || !view->isVisible())
        return;
    // Under the editor when there is one, else where the mouse was.
    const QPointF anchor = m_editorProxy ? m_editorProxy->sceneBoundingRect().bottomLeft() : m_lastScenePos;
    const QPoint global = view->viewport()->mapToGlobal(view->mapFromScene(anchor));
    QToolTip::showText(global, text, view->viewport());
}

QStringList DiagramScene::selectedTableIds() const
{
    QStringList ids;
    for (const Core::Table &t : m_document->schema().tables) {
        const TableItem *item = m_tables.value(t.id);
        if (item && item->isSelected())
            ids << t.id;
    }
    return ids;
}

void DiagramScene::selectOnly(const QStringList &tableIds)
{
    clearSelection();
    for (const QString &id : tableIds) {
        if (TableItem *item = m_tables.value(id))
            item->setSelected(true);
    }
    if (tableIds.size() == 1) {
        if (TableItem *item = m_tables.value(tableIds.front()))
            setFocusItem(item);
    }
}

QString DiagramScene::createTable(QPointF at, bool edit)
{
    // The header's middle where the user clicked or dropped.
    const Core::CanvasEdit e = Core::addTableEdit(m_document->schema(), at - QPointF(85, 16));
    if (!apply(e))
        return {};
    const QString id = e.tableIds.front();
    selectOnly({id});
    if (edit)
        editTableName(id);
    return id;
}

bool DiagramScene::dropPaletteItem(const QString &kind, QPointF at)
{
    m_lastScenePos = at;
    if (kind == QLatin1String(Palette::TableKind))
        return !createTable(at, true).isEmpty();
    if (kind != QLatin1String(Palette::LinkKind))
        return false;
    TableItem *card = cardAt(at);
    QStringList selected = selectedTableIds();
    if (card) {
        selected.removeAll(card->tableId());
        if (selected.size() == 1)
            return connectManyToMany(selected.front(), card->tableId());
        beginLink(card->tableId());
        return true;
    }
    if (selected.size() == 2)
        return connectManyToMany(selected.at(0), selected.at(1));
    refuse(tr("Drop the link table onto one of the two tables to link, then click the other"));
    return false;
}

void DiagramScene::editTableName(const QString &tableId)
{
    beginEdit(tableId, QString());
}

void DiagramScene::editColumnName(const QString &tableId, const QString &columnId)
{
    beginEdit(tableId, columnId);
}

void DiagramScene::beginEdit(const QString &tableId, const QString &columnId)
{
    closeEditor();
    const Core::Table *t = m_document->schema().table(tableId);
    const Core::Column *c = t && !columnId.isEmpty() ? t->column(columnId) : nullptr;
    TableItem *card = m_tables.value(tableId);
    if (!t || !card || (!columnId.isEmpty() && !c))
        return;
    if (!card->isSelected()) {
        clearSelection();
        card->setSelected(true);
    }
    card->setCurrentColumn(columnId);
    card->ensureVisible();

    auto *line = new QLineEdit;
    line->setObjectName(QStringLiteral("canvasNameEditor"));
    line->setFont(c ? card->rowFont(columnId) : card->titleFont());
    line->setText(c ? c->name : Core::tableClassName(*t));
    line->selectAll();
    line->setToolTip(c ? tr("Column name: Enter to apply, Escape to cancel")
                       : tr("Table name: a class name (OrderItem) or a table name (order_item); "
                            "Enter to apply, Escape to cancel"));
    m_editor = line;
    m_editTable = tableId;
    m_editColumn = columnId;
    m_editorProxy = addWidget(line);
    m_editorProxy->setZValue(EditorZ);
    line->installEventFilter(this);
    connect(line, &QLineEdit::returnPressed, this, [this] { commitEditor(); });
    connect(line, &QLineEdit::textEdited, this, [this] {
        if (m_editor)
            m_editor->setStyleSheet(QString());
        layoutEditor();
    });
    layoutEditor();
    if (QWidget *view = mainView())
        view->setFocus(Qt::OtherFocusReason);
    setFocusItem(m_editorProxy);
    line->setFocus(Qt::OtherFocusReason);
}

void DiagramScene::layoutEditor()
{
    TableItem *card = m_tables.value(m_editTable);
    if (!m_editorProxy || !card)
        return;
    const QRectF target = m_editColumn.isEmpty() ? card->titleRect() : card->nameRect(m_editColumn);
    if (target.isNull())
        return;
    // As tall as a line edit needs, centred on the text it replaces, and wide enough for what is
    // typed: it may grow past the card rather than clip.
    const QFontMetricsF fm(m_editor->font());
    const qreal height = std::max(target.height() + 4, qreal(m_editor->sizeHint().height()));
    const qreal width = std::max({target.width() + 8, fm.horizontalAdvance(m_editor->text()) + 24, 90.0});
    // A row's editor is centred on the row; the header's keeps clear of the table name below it.
    const qreal top = m_editColumn.isEmpty() ? std::max(1.0, target.bottom() + 1 - height)
                                             : target.center().y() - height / 2;
    const QPointF topLeft = card->mapToScene(QPointF(target.left() - 4, top));
    m_editorProxy->setGeometry(QRectF(topLeft, QSizeF(std::ceil(width), std::ceil(height))));
}

bool DiagramScene::commitEditor()
{
    if (!m_editor)
        return true;
    const QString text = m_editor->text().trimmed();
    const Core::Schema &schema = m_document->schema();
    const Core::Table *t = schema.table(m_editTable);
    const Core::Column *c = t && !m_editColumn.isEmpty() ? t->column(m_editColumn) : nullptr;
    if (!t || (!m_editColumn.isEmpty() && !c)) {
        closeEditor();
        return true;
    }
    const bool unchanged = c ? text == c->name : (text == Core::tableClassName(*t) || text == t->name);
    if (unchanged) {
        closeEditor();
        return true;
    }
    const Core::CanvasEdit e = c ? Core::renameColumnEdit(schema, m_editTable, m_editColumn, text)
                                 : Core::renameTableEdit(schema, m_editTable, text);
    if (!e.isValid()) {
        // The editor stays open, framed in red, with the reason; Escape gives up.
        m_editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #d64545; border-radius: 3px; }"));
        refuse(e.error);
        return false;
    }
    closeEditor();
    m_document->pushEdit(e.edit, e.commandText);
    return true;
}

void DiagramScene::cancelEditor()
{
    closeEditor();
}

void DiagramScene::closeEditor()
{
    if (!m_editorProxy)
        return;
    QGraphicsProxyWidget *proxy = m_editorProxy;
    QLineEdit *line = m_editor;
    m_editorProxy = nullptr;
    m_editor = nullptr;
    line->removeEventFilter(this);
    disconnect(line, nullptr, this, nullptr);
    proxy->hide();
    // The keyboard goes back to the card, so that Insert, F2 or Alt+Up can follow.
    if (TableItem *card = m_tables.value(m_editTable))
        setFocusItem(card);
    proxy->deleteLater();
}

bool DiagramScene::eventFilter(QObject *watched, QEvent *event)
{
    if (m_editor && watched == m_editor) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelEditor();
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            // Leaving the window or opening a menu keeps the editor; clicking elsewhere commits.
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
                QPointer<QLineEdit> line = m_editor;
                QTimer::singleShot(0, this, [this, line] {
                    if (line && line == m_editor && !line->hasFocus() && !commitEditor())
                        cancelEditor();
                });
            }
        }
    }
    return QGraphicsScene::eventFilter(watched, event);
}

QString DiagramScene::addColumn(const QString &tableId, int position, bool edit)
{
    const Core::CanvasEdit e = Core::addColumnEdit(m_document->schema(), tableId, position);
    if (!apply(e))
        return {};
    if (TableItem *card = m_tables.value(tableId)) {
        if (!card->isSelected())
            selectOnly({tableId});
        card->setCurrentColumn(e.columnId);
    }
    if (edit)
        editColumnName(tableId, e.columnId);
    return e.columnId;
}

void DiagramScene::deleteColumn(const QString &tableId, const QString &columnId)
{
    TableItem *card = m_tables.value(tableId);
    QString next;
    if (card && card->currentColumn() == columnId) {
        // The current row moves to the one below (or above, at the end).
        const QStringList ids = card->columnIds();
        const int i = int(ids.indexOf(columnId));
        if (i + 1 < ids.size())
            next = ids.at(i + 1);
        else if (i > 0)
            next = ids.at(i - 1);
    }
    m_document->removeColumn(tableId, columnId);
    if (card && m_tables.value(tableId) == card && !next.isEmpty())
        card->setCurrentColumn(next);
}

void DiagramScene::moveColumn(const QString &tableId, const QString &columnId, int delta)
{
    const Core::CanvasEdit e = Core::moveColumnEdit(m_document->schema(), tableId, columnId, delta);
    if (!e.isValid()) {
        refuse(e.error, false);
        return;
    }
    apply(e);
    if (TableItem *card = m_tables.value(tableId))
        card->setCurrentColumn(columnId);
}

bool DiagramScene::connectTables(const QString &childId, const QString &parentId,
                                 Core::RelationshipKind kind, const QString &columnId)
{
    const Core::CanvasEdit e = Core::foreignKeyEdit(m_document->schema(), childId, parentId, kind, columnId);
    if (!apply(e))
        return false;
    selectOnly({childId});
    if (TableItem *card = m_tables.value(childId))
        card->setCurrentColumn(e.columnId);
    return true;
}

bool DiagramScene::connectManyToMany(const QString &aId, const QString &bId)
{
    const TableItem *a = m_tables.value(aId);
    const TableItem *b = m_tables.value(bId);
    if (!a || !b) {
        refuse(tr("Choose two tables to link"));
        return false;
    }
    // The link table goes below, between the two.
    const QRectF ra = a->sceneBoundingRect();
    const QRectF rb = b->sceneBoundingRect();
    const QPointF at((ra.center().x() + rb.center().x()) / 2 - 85, std::max(ra.bottom(), rb.bottom()) + 60);
    const Core::CanvasEdit e = Core::manyToManyEdit(m_document->schema(), aId, bId, at);
    if (!apply(e))
        return false;
    selectOnly(e.tableIds);
    return true;
}

bool DiagramScene::connectSelectedManyToMany()
{
    const QStringList ids = selectedTableIds();
    if (ids.size() != 2) {
        refuse(tr("Select exactly two tables to link many-to-many"));
        return false;
    }
    return connectManyToMany(ids.at(0), ids.at(1));
}

void DiagramScene::beginLink(const QString &tableId)
{
    const Core::Table *t = m_document->schema().table(tableId);
    if (!t || !m_tables.contains(tableId))
        return;
    endConnect();
    m_linkFrom = tableId;
    for (QGraphicsView *v : views())
        v->viewport()->setCursor(Qt::CrossCursor);
    Q_EMIT message(tr("Click the table to link with “%1” many-to-many (Esc cancels)").arg(t->name));
}

void DiagramScene::endLink()
{
    if (m_linkFrom.isEmpty())
        return;
    m_linkFrom.clear();
    for (QGraphicsView *v : views())
        v->viewport()->unsetCursor();
    if (m_rubber)
        m_rubber->hide();
    setDropHighlight(nullptr);
}

void DiagramScene::endConnect()
{
    m_connectTable.clear();
    m_connectColumn.clear();
    if (m_rubber)
        m_rubber->hide();
    setDropHighlight(nullptr);
}

void DiagramScene::showRubberLine(QPointF from, QPointF to)
{
    if (!m_rubber) {
        m_rubber = new QGraphicsPathItem;
        m_rubber->setZValue(RubberZ);
        m_rubber->setAcceptedMouseButtons(Qt::NoButton);
        addItem(m_rubber);
    }
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);
    m_rubber->setPen(pen);
    // A gentle curve that leaves the card sideways, like the relationship lines.
    QPainterPath path(from);
    const qreal bulge = std::clamp(std::abs(to.x() - from.x()) / 2, 30.0, 120.0);
    path.cubicTo(from + QPointF(bulge, 0), to - QPointF(to.x() >= from.x() ? bulge : -bulge, 0), to);
    m_rubber->setPath(path);
    m_rubber->show();
}

void DiagramScene::setDropHighlight(TableItem *card)
{
    const QString id = card ? card->tableId() : QString();
    if (id == m_dropHighlight)
        return;
    if (TableItem *old = m_tables.value(m_dropHighlight))
        old->setDropTarget(false);
    m_dropHighlight = id;
    if (card)
        card->setDropTarget(true);
}

QString DiagramScene::clipboardMimeType()
{
    return QStringLiteral("application/x-sqlmodel-studio-tables");
}

void DiagramScene::copySelection()
{
    const QStringList ids = selectedTableIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select the tables to copy"));
        return;
    }
    // Cards placed by the scene have no position in the model yet: copy where they are shown.
    Core::Schema schema = m_document->schema();
    for (Core::Table &t : schema.tables) {
        if (!t.position && m_tables.contains(t.id))
            t.position = m_tables.value(t.id)->pos();
    }
    const QByteArray json = Core::copyTables(schema, ids);
    auto *data = new QMimeData;
    data->setData(clipboardMimeType(), json);
    data->setText(QString::fromUtf8(json));
    QGuiApplication::clipboard()->setMimeData(data);
    Q_EMIT message(tr("Copied %n table(s)", nullptr, int(ids.size())));
}

void DiagramScene::cutSelection()
{
    const QStringList ids = selectedTableIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select the tables to cut"));
        return;
    }
    copySelection();
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Cut %n table(s)", nullptr, int(ids.size())));
    deleteSelection();
    stack->endMacro();
}

bool DiagramScene::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data) {
        refuse(tr("The clipboard is empty"));
        return false;
    }
    return pasteBytes(data->hasFormat(clipboardMimeType()) ? data->data(clipboardMimeType())
                                                            : data->text().toUtf8(),
                      std::nullopt);
}

bool DiagramScene::pasteAt(QPointF at)
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data) {
        refuse(tr("The clipboard is empty"));
        return false;
    }
    return pasteBytes(data->hasFormat(clipboardMimeType()) ? data->data(clipboardMimeType())
                                                            : data->text().toUtf8(),
                      at);
}

bool DiagramScene::pasteBytes(const QByteArray &bytes, std::optional<QPointF> at)
{
    const Core::CanvasEdit e = Core::pasteEdit(m_document->schema(), bytes, at);
    if (!apply(e))
        return false;
    selectOnly(e.tableIds);
    return true;
}

QMenu *DiagramScene::createContextMenu(QPointF scenePos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    auto add = [menu](const QString &text, const char *name, const QKeySequence &keys, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty()) {
            a->setShortcut(keys);
            a->setShortcutVisibleInContextMenu(true);
        }
        QObject::connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    const QStringList selected = selectedTableIds();
    TableItem *card = cardAt(scenePos);
    if (card) {
        const QString table = card->tableId();
        const TableItem::Hit hit = card->hitTest(card->mapFromScene(scenePos));
        const QString column = (hit.part == TableItem::Part::Row || hit.part == TableItem::Part::Connector)
                                   ? hit.columnId
                                   : card->currentColumn();
        const int index = int(card->columnIds().indexOf(column));
        add(tr("Rename Table"), "renameTable", {}, [this, table] { editTableName(table); });
        add(tr("Add Column"), "addColumn", QKeySequence(Qt::Key_Insert),
            [this, table, index] { addColumn(table, index < 0 ? -1 : index + 1, true); });
        if (!column.isEmpty()) {
            add(tr("Rename Column"), "renameColumn", QKeySequence(Qt::Key_F2),
                [this, table, column] { editColumnName(table, column); });
            add(tr("Move Column Up"), "moveColumnUp", QKeySequence(Qt::ALT | Qt::Key_Up),
                [this, table, column] { moveColumn(table, column, -1); })
                ->setEnabled(index > 0);
            add(tr("Move Column Down"), "moveColumnDown", QKeySequence(Qt::ALT | Qt::Key_Down),
                [this, table, column] { moveColumn(table, column, 1); })
                ->setEnabled(index + 1 < card->columnIds().size());
            add(tr("Delete Column"), "deleteColumn", QKeySequence(Qt::Key_Delete),
                [this, table, column] { deleteColumn(table, column); });
        }
        // Foreign keys from this table (from the row under the mouse when it can be the key).
        QMenu *fk = menu->addMenu(tr("Add Foreign Key To"));
        fk->setObjectName(QStringLiteral("addForeignKeyMenu"));
        std::vector<const Core::Table *> targets;
        for (const Core::Table &t : m_document->schema().tables)
            targets.push_back(&t);
        std::sort(targets.begin(), targets.end(), [](const Core::Table *a, const Core::Table *b) {
            return Core::tableClassName(*a).compare(Core::tableClassName(*b), Qt::CaseInsensitive) < 0;
        });
        for (const Core::Table *t : targets) {
            QMenu *sub = fk->addMenu(t->id == table ? tr("%1 (itself)").arg(Core::tableClassName(*t))
                                                    : Core::tableClassName(*t));
            const QString parentId = t->id;
            QAction *many = sub->addAction(tr("One-to-many"));
            connect(many, &QAction::triggered, menu, [this, table, parentId, column] {
                connectTables(table, parentId, Core::RelationshipKind::OneToMany, column);
            });
            QAction *one = sub->addAction(tr("One-to-one"));
            connect(one, &QAction::triggered, menu, [this, table, parentId, column] {
                connectTables(table, parentId, Core::RelationshipKind::OneToOne, column);
            });
        }
        add(tr("Link Many-to-Many With…"), "linkWith", {}, [this, table] { beginLink(table); });
        if (selected.size() == 2)
            add(tr("Connect Many-to-Many"), "connectManyToMany", {}, [this] { connectSelectedManyToMany(); });
        menu->addSeparator();
        add(tr("Copy"), "copy", QKeySequence::Copy, [this] { copySelection(); });
        add(tr("Cut"), "cut", QKeySequence::Cut, [this] { cutSelection(); });
        add(selected.size() > 1 ? tr("Delete %n Tables", nullptr, int(selected.size())) : tr("Delete Table"),
            "deleteTable", {}, [this] { deleteSelection(); });
    } else {
        add(tr("New Table Here"), "newTable", {}, [this, scenePos] { createTable(scenePos, true); });
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        add(tr("Paste Here"), "paste", QKeySequence::Paste, [this, scenePos] { pasteAt(scenePos); })
            ->setEnabled(data && (data->hasFormat(clipboardMimeType()) || data->hasText()));
        if (selected.size() == 2)
            add(tr("Connect Many-to-Many"), "connectManyToMany", {}, [this] { connectSelectedManyToMany(); });
    }
    return menu;
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_lastScenePos = event->scenePos();
    if (m_editorProxy && m_editorProxy->sceneBoundingRect().contains(event->scenePos())) {
        QGraphicsScene::contextMenuEvent(event); // the line edit's own menu
        return;
    }
    if (m_editor && !commitEditor())
        cancelEditor();
    endLink();
    if (TableItem *card = cardAt(event->scenePos())) {
        if (!card->isSelected())
            selectOnly({card->tableId()});
        const TableItem::Hit hit = card->hitTest(card->mapFromScene(event->scenePos()));
        if (hit.part == TableItem::Part::Row)
            card->setCurrentColumn(hit.columnId);
    }
    std::unique_ptr<QMenu> menu(createContextMenu(event->scenePos(), event->widget()));
    menu->exec(event->screenPos());
    event->accept();
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(Palette::MimeType))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString mime = QString::fromLatin1(Palette::MimeType);
    if (event->mimeData()->hasFormat(mime)) {
        // A link table is dropped onto a table: show which.
        const bool link = event->mimeData()->data(mime) == Palette::LinkKind;
        setDropHighlight(link ? cardAt(event->scenePos()) : nullptr);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void DiagramScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropHighlight(nullptr);
    QGraphicsScene::dragLeaveEvent(event);
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString mime = QString::fromLatin1(Palette::MimeType);
    if (event->mimeData()->hasFormat(mime)) {
        setDropHighlight(nullptr);
        event->setDropAction(Qt::CopyAction);
        event->accept();
        dropPaletteItem(QString::fromUtf8(event->mimeData()->data(mime)), event->scenePos());
        return;
    }
    QGraphicsScene::dropEvent(event);
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
    // Drawn as vectors: no card comes from the pixmap cache the canvas pans with (SVG and PDF
    // keep their text as text).
    for (QGraphicsItem *item : scene.items())
        item->setCacheMode(QGraphicsItem::NoCache);
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
