// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvas: a QGraphicsScene that mirrors a SchemaDocument, one TableItem per table and one
// RelationshipItem per relationship. It follows the document's changed() signal incrementally
// (only the touched ids are re-synced) and rebuilds on schemaReset(). User gestures (moving,
// deleting) become document edits; the items then follow the model.

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

namespace Core {
class SchemaDocument;
struct ChangeSet;
struct Schema;
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

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void onChanged(const Core::ChangeSet &changes);
    TableItem *syncTable(const QString &tableId);
    void removeTableItem(const QString &tableId);
    void syncRelationship(const QString &relId);
    QPointF freePosition() const;
    void commitMove();
    void relayout();

    Core::SchemaDocument *m_document;
    QHash<QString, TableItem *> m_tables;
    QHash<QString, RelationshipItem *> m_relationships;
    QHash<QString, QPointF> m_pressPositions; // selected cards when a drag started
    bool m_gridVisible = true;
};

// Draws the whole diagram of a design into FILE.png (at `scale` pixels per unit), FILE.svg or
// FILE.pdf, with a fixed light palette. Needs a QApplication (QGraphicsScene does); the offscreen
// platform will do.
bool renderDiagram(const Core::Schema &schema, const QString &path, qreal scale, QString *error);

} // namespace Ui
