// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One relationship on the canvas: a smooth line from the foreign-key column of the child table
// to the referenced column of the parent, with crow's-foot ends (one or many; optional or
// mandatory from the nullability of the foreign key). A many-to-many relationship is drawn as
// two lines that meet at its link table. A thin view: the relationship id plus the geometry it
// derives from the two table items; it follows them when they move.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include <vector>

namespace Core {
struct Schema;
}

namespace Ui {

class DiagramScene;
class TableItem;

class RelationshipItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit RelationshipItem(const QString &relationshipId);
    ~RelationshipItem() override;

    int type() const override { return Type; }
    QString relationshipId() const { return m_relationshipId; }

    // Re-reads the relationship and attaches to its table items; false when it cannot be drawn
    // (a table or foreign key is missing).
    bool syncWithModel(const Core::Schema &schema, const DiagramScene &scene);
    // Recomputes the route after a table moved.
    void adjust();
    // Forgets the table items (before they are deleted).
    void detach();

    std::vector<TableItem *> tables() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class End { One, OptionalOne, Many, OptionalMany };
    struct Leg
    {
        TableItem *child = nullptr;
        QString childColumn;
        TableItem *parent = nullptr;
        QString parentColumn;
        End childEnd = End::OptionalMany;
        End parentEnd = End::One;
    };
    struct Tip
    {
        QPointF point;  // on the card's edge
        qreal dir = 1;  // +1: the line leaves to the right, -1: to the left
        End end = End::One;
    };

    QString m_relationshipId;
    std::vector<Leg> m_legs;
    bool m_viewOnly = false;
    QPainterPath m_path;
    std::vector<Tip> m_tips;
    QRectF m_bounds;
};

} // namespace Ui
