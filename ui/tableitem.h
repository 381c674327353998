// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One table on the canvas: a card with the class and table name in its header and one row per
// column (key markers, name, type). A thin view: it keeps the table id and the text and geometry
// it caches from the model in syncWithModel(); moving it by mouse is committed by the scene.
// While selected, a card shows its current column highlighted, a connector on each row's right
// edge (drag it onto a table for a foreign key) and an "Add column" row at the bottom; the scene
// turns gestures on those parts (hitTest()) into document edits.

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Core {
struct Schema;
}

namespace Ui {

class RelationshipItem;

class TableItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Ui::TableItem)

public:
    enum { Type = UserType + 1 };

    // The parts of a card a gesture can start on.
    enum class Part { None, Header, Row, AddRow, Connector };
    struct Hit
    {
        Part part = Part::None;
        QString columnId; // Row and Connector
    };

    explicit TableItem(const QString &tableId);
    ~TableItem() override;

    int type() const override { return Type; }
    QString tableId() const { return m_tableId; }

    // Re-reads name, columns and position from the schema.
    void syncWithModel(const Core::Schema &schema);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Where a relationship line meets the card: the y (scene) of a column's row, or of the header.
    qreal rowCenterY(const QString &columnId) const;
    QRectF cardRect() const { return m_rect; }

    void addRelationship(RelationshipItem *item);
    void removeRelationship(RelationshipItem *item);
    const QList<RelationshipItem *> &relationships() const { return m_relationships; }

    // Zoom below which only the header is drawn (level of detail).
    static constexpr qreal HeaderOnlyBelow = 0.4;

    // What is at a point (item coordinates).
    Hit hitTest(const QPointF &pos) const;
    QStringList columnIds() const;

    // The current column: the row the keyboard acts on (rename, move, delete), highlighted while
    // the card is selected. Cleared when the card is deselected or the column goes away.
    QString currentColumn() const { return m_currentColumn; }
    void setCurrentColumn(const QString &columnId);

    // Geometry for in-place editors and the connector, in item coordinates.
    QRectF titleRect() const;                           // the class name in the header
    QRectF nameRect(const QString &columnId) const;     // a row from its name to the right edge
    QRectF rowRect(const QString &columnId) const;      // the whole row
    QPointF connectorPos(const QString &columnId) const; // on the right edge, at the row
    QFont titleFont() const;
    QFont rowFont(const QString &columnId) const;

    // Highlighted as the target of a connection being dragged.
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    struct Row
    {
        QString columnId;
        QString name;
        QString type;
        bool primaryKey = false;
        bool foreignKey = false;
        bool unique = false;
        bool nullable = false;
    };

    void updateRect();
    int rowIndex(const QString &columnId) const;

    QString m_tableId;
    QString m_title;    // class name
    QString m_subtitle; // SQL table name (with schema)
    std::vector<Row> m_rows;
    QRectF m_rect;
    qreal m_headerHeight = 0;
    qreal m_rowHeight = 0;
    qreal m_markerWidth = 0;
    qreal m_nameWidth = 0;
    qreal m_width = 0;
    QString m_comment;
    QString m_currentColumn;
    bool m_dropTarget = false;
    QList<RelationshipItem *> m_relationships;
};

// The SQL type a column shows on the card, e.g. varchar(255), numeric(10,2), timestamptz.
QString columnTypeText(const Core::Schema &schema, const QString &tableId, const QString &columnId);

} // namespace Ui
