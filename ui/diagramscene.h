// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvas: a QGraphicsScene that mirrors a SchemaDocument, one TableItem per table and one
// RelationshipItem per relationship. It follows the document's changed() signal incrementally
// (only the touched ids are re-synced) and rebuilds on schemaReset(). User gestures become
// document edits, one undo step each; the items then follow the model:
// - double-click empty space: a new table there, its name open for typing; a palette drop too;
// - double-click a card's header or a row: rename the table or the column in place (Enter
//   commits, Escape cancels; a name validate() refuses is not taken, and message() says why);
// - on a selected card: click a row to make it current; Insert adds a column, F2/Return renames,
//   Alt+Up/Down moves, Delete removes the current column; the "+ Add column" row adds one;
// - drag a row's connector (the dot at the right end of a selected card's row) onto a table: a key
//   from that row's table to the other (one-to-many or one-to-one, asked in a popup);
// - the link tool (palette "Link table", or two tables selected): a many-to-many link table;
// - Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste tables through the clipboard as project JSON;
// - the context menu offers all of the above.

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QPointer>

#include <functional>
#include <optional>

class QGraphicsPathItem;
class QGraphicsProxyWidget;
class QLineEdit;
class QMenu;

namespace Core {
class SchemaDocument;
struct CanvasEdit;
struct ChangeSet;
struct Schema;
enum class RelationshipKind;
}

namespace Ui {

class RelationshipItem;
class TableItem;

class DiagramScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(Core::SchemaDocument *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    Core::SchemaDocument *document() const { return m_document; }

    TableItem *tableItem(const QString &tableId) const { return m_tables.value(tableId); }
    RelationshipItem *relationshipItem(const QString &relId) const { return m_relationships.value(relId); }
    QList<TableItem *> tableItems() const { return m_tables.values(); }
    QList<RelationshipItem *> relationshipItems() const { return m_relationships.values(); }

    // The area the diagram covers, with a margin; what zoom-to-fit and rendering show.
    QRectF diagramRect() const;

    // The background dot grid; off for exported images.
    void setGridVisible(bool visible);

    // Removes the selected tables through the document, as one undo step.
    void deleteSelection();

    // -- direct manipulation: each call is one undo step, or a message() and no change --------
    // The selected tables, in document order.
    QStringList selectedTableIds() const;
    // A new table (`table_N`) with its header centred near `at`; with `edit`, its name opens for
    // typing. Returns the new table's id.
    QString createTable(QPointF at, bool edit = true);
    // What a palette entry does when dropped at `at` (Palette::TableKind or LinkKind).
    bool dropPaletteItem(const QString &kind, QPointF at);
    // In-place editors over a card; Enter commits, Escape cancels.
    void editTableName(const QString &tableId);
    void editColumnName(const QString &tableId, const QString &columnId);
    QLineEdit *activeEditor() const { return m_editor; }
    bool commitEditor(); // false when the name is refused (the editor stays open)
    void cancelEditor();
    // A new column at `position` (-1: at the end), its name open for typing with `edit`.
    QString addColumn(const QString &tableId, int position = -1, bool edit = true);
    void deleteColumn(const QString &tableId, const QString &columnId);
    void moveColumn(const QString &tableId, const QString &columnId, int delta);
    // A foreign key from `childId` to `parentId` and its relationship (see Core::foreignKeyEdit).
    bool connectTables(const QString &childId, const QString &parentId, Core::RelationshipKind kind,
                       const QString &columnId = {});
    // A link table between two tables and the many-to-many relationship through it.
    bool connectManyToMany(const QString &aId, const QString &bId);
    bool connectSelectedManyToMany(); // exactly two tables selected
    // The link tool: the next click on another table links it with `tableId`; Escape cancels.
    void beginLink(const QString &tableId);
    bool isLinking() const { return !m_linkFrom.isEmpty(); }
    // The clipboard: the selected tables as project JSON (under clipboardMimeType() and as text).
    void copySelection();
    void cutSelection();
    bool paste();             // 40 units off the originals
    bool pasteAt(QPointF at); // the pasted group's top-left at `at`
    static QString clipboardMimeType();
    // The context menu for a scene point; the caller owns it (tests trigger its actions).
    QMenu *createContextMenu(QPointF scenePos, QWidget *parent = nullptr);

    // Asks what a connection dropped on a table should be; nullopt cancels. By default a popup
    // menu with "One-to-many" and "One-to-one" at the mouse.
    using KindChooser = std::function<std::optional<Core::RelationshipKind>(const QString &title,
                                                                            const QPoint &screenPos)>;
    void setKindChooser(KindChooser chooser) { m_chooseKind = std::move(chooser); }

Q_SIGNALS:
    // Why a gesture changed nothing (a refused name, a missing key, ...), or what it did.
    void message(const QString &text);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void onChanged(const Core::ChangeSet &changes);
    TableItem *syncTable(const QString &tableId);
    void removeTableItem(const QString &tableId);
    void syncRelationship(const QString &relId);
    QPointF freePosition() const;
    void commitMove();
    void relayout();

    TableItem *cardAt(QPointF scenePos) const; // the topmost card there (not under an editor)
    TableItem *currentCard() const;            // the card the keyboard acts on
    bool handleCardKey(QKeyEvent *event, bool dryRun);
    void beginEdit(const QString &tableId, const QString &columnId);
    void layoutEditor();
    void closeEditor();
    bool apply(const Core::CanvasEdit &edit); // pushes it, or refuses with its error
    void refuse(const QString &text, bool tip = true);
    void selectOnly(const QStringList &tableIds);
    void setDropHighlight(TableItem *card);
    void showRubberLine(QPointF from, QPointF to);
    void endConnect();
    void endLink();
    bool pasteBytes(const QByteArray &bytes, std::optional<QPointF> at);
    QWidget *mainView() const;

    Core::SchemaDocument *m_document;
    QHash<QString, TableItem *> m_tables;
    QHash<QString, RelationshipItem *> m_relationships;
    QHash<QString, QPointF> m_pressPositions; // selected cards when a drag started
    bool m_gridVisible = true;

    // The in-place editor.
    QPointer<QGraphicsProxyWidget> m_editorProxy;
    QLineEdit *m_editor = nullptr;
    QString m_editTable;
    QString m_editColumn; // empty: the table's name
    // A connection being dragged from a row's connector, or the link tool's first table.
    QString m_connectTable;
    QString m_connectColumn;
    QString m_linkFrom;
    QGraphicsPathItem *m_rubber = nullptr;
    QString m_dropHighlight;                // the highlighted card's table id
    QPointF m_lastScenePos;
    KindChooser m_chooseKind;
};

// Draws the whole diagram of a design into FILE.png (at `scale` pixels per unit), FILE.svg or
// FILE.pdf, with a fixed light palette. Needs a QApplication (QGraphicsScene does); the offscreen
// platform will do.
bool renderDiagram(const Core::Schema &schema, const QString &path, qreal scale, QString *error);

} // namespace Ui
