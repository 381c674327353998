// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipitem.h"

#include "diagramscene.h"
#include "schema.h"
#include "tableitem.h"

#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr qreal Gap = 36;        // horizontal room between cards for the line to go straight
constexpr qreal Bulge = 48;      // how far a line leaves a card before it turns
constexpr qreal FootLength = 14; // crow's foot
constexpr qreal FootSpread = 7;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

RelationshipItem::RelationshipItem(const QString &relationshipId)
    : m_relationshipId(relationshipId)
{
    // A click on the line selects it (the Inspector shows the relationship); elsewhere clicks
    // fall through to the cards and the rubber band.
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    setZValue(0);
}

RelationshipItem::~RelationshipItem()
{
    detach();
}

void RelationshipItem::detach()
{
    for (const Leg &leg : m_legs) {
        if (leg.child)
            leg.child->removeRelationship(this);
        if (leg.parent)
            leg.parent->removeRelationship(this);
    }
    m_legs.clear();
}

std::vector<TableItem *> RelationshipItem::tables() const
{
    std::vector<TableItem *> result;
    for (const Leg &leg : m_legs) {
        result.push_back(leg.child);
        result.push_back(leg.parent);
    }
    return result;
}

bool RelationshipItem::syncWithModel(const Core::Schema &schema, const DiagramScene &scene)
{
    detach();
    const Core::Relationship *r = schema.relationship(m_relationshipId);
    if (!r)
        return false;
    m_viewOnly = r->viewOnly;

    auto makeLeg = [&](const QString &fkId, End childEnd) -> bool {
        const Core::Table *child = schema.tableOfForeignKey(fkId);
        const Core::ForeignKey *fk = child ? child->foreignKey(fkId) : nullptr;
        if (!fk)
            return false;
        TableItem *childItem = scene.tableItem(child->id);
        TableItem *parentItem = scene.tableItem(fk->refTable);
        if (!childItem || !parentItem)
            return false;
        bool optional = false;
        for (const QString &c : fk->columns) {
            const Core::Column *col = child->column(c);
            optional = optional || (col && col->nullable);
        }
        Leg leg;
        leg.child = childItem;
        leg.childColumn = fk->columns.value(0);
        leg.parent = parentItem;
        leg.parentColumn = fk->refColumns.value(0);
        leg.childEnd = childEnd;
        leg.parentEnd = optional ? End::OptionalOne : End::One;
        m_legs.push_back(leg);
        return true;
    };

    bool ok = false;
    switch (r->kind) {
    case Core::RelationshipKind::OneToMany:
        ok = makeLeg(r->foreignKey, End::OptionalMany);
        break;
    case Core::RelationshipKind::OneToOne:
        ok = makeLeg(r->foreignKey, End::OptionalOne);
        break;
    case Core::RelationshipKind::ManyToMany:
        ok = makeLeg(r->foreignKey, End::OptionalMany) && makeLeg(r->secondForeignKey, End::OptionalMany);
        break;
    }
    if (!ok) {
        detach();
        return false;
    }
    for (const Leg &leg : m_legs) {
        leg.child->addRelationship(this);
        leg.parent->addRelationship(this);
    }
    QStringList names;
    if (!r->parentAttribute.isEmpty())
        names << r->parentAttribute;
    if (!r->childAttribute.isEmpty())
        names << r->childAttribute;
    setToolTip(names.join(QLatin1String(" ↔ ")));
    adjust();
    return true;
}

void RelationshipItem::adjust()
{
    QPainterPath path;
    std::vector<Tip> tips;
    for (const Leg &leg : m_legs) {
        const QRectF a = leg.child->cardRect().translated(leg.child->pos());
        const QRectF b = leg.parent->cardRect().translated(leg.parent->pos());
        const qreal ya = leg.child->rowCenterY(leg.childColumn);
        const qreal yb = leg.parent->rowCenterY(leg.parentColumn);
        QPointF pa;
        QPointF pb;
        qreal da = 1;
        qreal db = -1;
        QPointF c1;
        QPointF c2;
        if (leg.child != leg.parent && b.left() >= a.right() + Gap) {
            pa = {a.right(), ya};
            pb = {b.left(), yb};
        } else if (leg.child != leg.parent && a.left() >= b.right() + Gap) {
            pa = {a.left(), ya};
            pb = {b.right(), yb};
            da = -1;
            db = 1;
        } else {
            // Cards above each other (or a self-reference): leave and enter on the same side,
            // the one with more room, and bulge out around the wider card.
            const bool right = a.center().x() <= b.center().x() + 1;
            const qreal dir = right ? 1 : -1;
            pa = {right ? a.right() : a.left(), ya};
            pb = {right ? b.right() : b.left(), yb};
            da = db = dir;
            const qreal out = right ? std::max(pa.x(), pb.x()) + Bulge + FootLength
                                    : std::min(pa.x(), pb.x()) - Bulge - FootLength;
            const qreal pull = leg.child == leg.parent ? 0 : std::abs(yb - ya) * 0.15;
            c1 = {out + dir * pull, ya};
            c2 = {out + dir * pull, yb};
        }
        if (c1.isNull() && c2.isNull()) {
            const qreal k = std::max(Bulge, std::abs(pb.x() - pa.x()) / 2);
            c1 = {pa.x() + da * k, pa.y()};
            c2 = {pb.x() + db * k, pb.y()};
        }
        // The line starts beyond the end markers so that they stay clear.
        const QPointF sa(pa.x() + da * FootLength, pa.y());
        const QPointF sb(pb.x() + db * FootLength, pb.y());
        path.moveTo(pa);
        path.lineTo(sa);
        path.cubicTo(c1, c2, sb);
        path.lineTo(pb);
        tips.push_back({pa, da, leg.childEnd});
        tips.push_back({pb, db, leg.parentEnd});
    }
    prepareGeometryChange();
    m_path = path;
    m_tips = std::move(tips);
    m_bounds = m_path.boundingRect().adjusted(-FootSpread - 6, -FootSpread - 6, FootSpread + 6,
                                              FootSpread + 6);
}

QRectF RelationshipItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationshipItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void RelationshipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QGuiApplication::palette();
    const QColor background = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    bool highlighted = isSelected();
    for (const Leg &leg : m_legs)
        highlighted = highlighted || leg.child->isSelected() || leg.parent->isSelected();
    const QColor colour = highlighted ? pal.color(QPalette::Highlight) : mix(background, text, 0.62);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());

    QPen pen(colour, isSelected() ? 3 : highlighted ? 2 : 1.4);
    if (!highlighted) {
        // A plain line is one device pixel wide at any zoom: the rasterizer's cosmetic stroker
        // draws that several times faster than a scaled outline, which matters when hundreds of
        // lines cross the view while panning.
        pen.setWidthF(1);
        pen.setCosmetic(true);
    }
    if (m_viewOnly)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (lod < TableItem::HeaderOnlyBelow)
        return;

    pen = QPen(colour, isSelected() ? 3 : highlighted ? 2 : 1.4); // the crow's feet keep their weight
    painter->setPen(pen);
    for (const Tip &tip : m_tips) {
        const QPointF p = tip.point;
        const qreal d = tip.dir;
        const bool many = tip.end == End::Many || tip.end == End::OptionalMany;
        const bool optional = tip.end == End::OptionalOne || tip.end == End::OptionalMany;
        if (many) {
            const QPointF root(p.x() + d * FootLength, p.y());
            painter->drawLine(root, QPointF(p.x(), p.y() - FootSpread));
            painter->drawLine(root, QPointF(p.x(), p.y() + FootSpread));
        } else {
            painter->drawLine(QPointF(p.x() + d * 8, p.y() - FootSpread + 1),
                              QPointF(p.x() + d * 8, p.y() + FootSpread - 1));
        }
        if (optional) {
            painter->setBrush(background);
            painter->drawEllipse(QPointF(p.x() + d * (FootLength + 5), p.y()), 4, 4);
            painter->setBrush(Qt::NoBrush);
        } else {
            const qreal x = p.x() + d * (many ? FootLength + 4 : 13);
            painter->drawLine(QPointF(x, p.y() - FootSpread + 1), QPointF(x, p.y() + FootSpread - 1));
        }
    }
}

} // namespace Ui
