// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableitem.h"

#include "naming.h"
#include "relationshipitem.h"
#include "schema.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr qreal Padding = 10;
constexpr qreal Radius = 6;
constexpr qreal MinWidth = 170;
constexpr qreal ColumnGap = 18;
constexpr qreal ConnectorRadius = 3;

QString baseTypeText(const Core::Schema &schema, const Core::ColumnType &t)
{
    using Core::TypeKind;
    switch (t.kind) {
    case TypeKind::Integer: return QStringLiteral("integer");
    case TypeKind::BigInteger: return QStringLiteral("bigint");
    case TypeKind::SmallInteger: return QStringLiteral("smallint");
    case TypeKind::String:
        return t.length > 0 ? QStringLiteral("varchar(%1)").arg(t.length) : QStringLiteral("varchar");
    case TypeKind::Text: return QStringLiteral("text");
    case TypeKind::Boolean: return QStringLiteral("boolean");
    case TypeKind::Float: return QStringLiteral("float");
    case TypeKind::Numeric:
        if (t.precision <= 0)
            return QStringLiteral("numeric");
        return QStringLiteral("numeric(%1,%2)").arg(t.precision).arg(t.scale);
    case TypeKind::Date: return QStringLiteral("date");
    case TypeKind::Time: return t.timezone ? QStringLiteral("timetz") : QStringLiteral("time");
    case TypeKind::DateTime:
        return t.timezone ? QStringLiteral("timestamptz") : QStringLiteral("timestamp");
    case TypeKind::Interval: return QStringLiteral("interval");
    case TypeKind::Uuid: return QStringLiteral("uuid");
    case TypeKind::Json: return QStringLiteral("json");
    case TypeKind::Jsonb: return QStringLiteral("jsonb");
    case TypeKind::LargeBinary: return QStringLiteral("bytea");
    case TypeKind::Enum: {
        const Core::EnumType *e = schema.enumType(t.enumId);
        return e ? e->name : QStringLiteral("enum");
    }
    case TypeKind::Dialect: return t.sql.isEmpty() ? QStringLiteral("?") : t.sql;
    }
    return {};
}

QFont baseFont(const QGraphicsScene *scene)
{
    return scene ? scene->font() : QGuiApplication::font();
}

QFont cardTitleFont(const QGraphicsScene *scene)
{
    QFont f = baseFont(scene);
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    return f;
}

QFont smallFont(const QGraphicsScene *scene)
{
    QFont f = baseFont(scene);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

QFont markerFont(const QGraphicsScene *scene)
{
    QFont f = smallFont(scene);
    f.setBold(true);
    return f;
}

QString markerText(bool pk, bool fk, bool unique)
{
    QStringList parts;
    if (pk)
        parts << QStringLiteral("PK");
    if (fk)
        parts << QStringLiteral("FK");
    if (unique && !pk)
        parts << QStringLiteral("UQ");
    return parts.join(u' ');
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QString columnTypeText(const Core::Schema &schema, const QString &tableId, const QString &columnId)
{
    const Core::Table *t = schema.table(tableId);
    const Core::Column *c = t ? t->column(columnId) : nullptr;
    if (!c)
        return {};
    QString text = baseTypeText(schema, c->type);
    if (c->type.array)
        text += QLatin1String("[]");
    return text;
}

TableItem::TableItem(const QString &tableId)
    : m_tableId(tableId)
{
    // Focusable: the keyboard acts on the card's current column (see DiagramScene).
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setZValue(1);
    // Panning blits the card from a pixmap instead of laying its text out again; the pixmap is
    // redrawn when the card changes or the zoom does.
    setCacheMode(DeviceCoordinateCache);
}

TableItem::~TableItem() = default;

void TableItem::syncWithModel(const Core::Schema &schema)
{
    const Core::Table *table = schema.table(m_tableId);
    if (!table)
        return;
    const QGraphicsScene *s = scene();
    m_title = Core::tableClassName(*table);
    m_subtitle = table->schema.isEmpty() ? table->name : table->schema + u'.' + table->name;

    QSet<QString> fkColumns;
    for (const Core::ForeignKey &fk : table->foreignKeys) {
        for (const QString &c : fk.columns)
            fkColumns.insert(c);
    }
    QSet<QString> uniqueColumns;
    for (const Core::UniqueConstraint &u : table->uniques) {
        if (u.columns.size() == 1)
            uniqueColumns.insert(u.columns.first());
    }
    for (const Core::Index &i : table->indexes) {
        if (i.unique && i.columns.size() == 1)
            uniqueColumns.insert(i.columns.first());
    }

    m_rows.clear();
    m_rows.reserve(table->columns.size());
    for (const Core::Column &c : table->columns) {
        Row row;
        row.columnId = c.id;
        row.name = c.name;
        row.type = columnTypeText(schema, m_tableId, c.id);
        row.primaryKey = c.primaryKey;
        row.foreignKey = fkColumns.contains(c.id);
        row.unique = c.unique || uniqueColumns.contains(c.id);
        row.nullable = c.nullable && !c.primaryKey;
        if (row.nullable)
            row.type += u'?';
        m_rows.push_back(row);
    }

    // Every width comes from the fonts, so that no text is clipped whatever the font size.
    const QFontMetricsF titleFm(cardTitleFont(s));
    const QFontMetricsF smallFm(smallFont(s));
    const QFontMetricsF markerFm(markerFont(s));
    const QFontMetricsF fm(baseFont(s));
    QFont boldFont = baseFont(s);
    boldFont.setBold(true);
    const QFontMetricsF boldFm(boldFont);

    m_headerHeight = titleFm.height() + smallFm.height() + 2 * 6;
    m_rowHeight = std::ceil(fm.height() + 6);
    m_markerWidth = 0;
    m_nameWidth = 0;
    qreal typeWidth = 0;
    for (const Row &r : m_rows) {
        m_markerWidth = std::max(m_markerWidth,
                                 markerFm.horizontalAdvance(markerText(r.primaryKey, r.foreignKey, r.unique)));
        m_nameWidth = std::max(m_nameWidth, (r.primaryKey ? boldFm : fm).horizontalAdvance(r.name));
        typeWidth = std::max(typeWidth, smallFm.horizontalAdvance(r.type));
    }
    if (m_markerWidth > 0)
        m_markerWidth += 6;
    const qreal bodyWidth = Padding + m_markerWidth + m_nameWidth + ColumnGap + typeWidth + Padding;
    const qreal headerWidth = Padding
        + std::max(titleFm.horizontalAdvance(m_title), smallFm.horizontalAdvance(m_subtitle)) + Padding;
    // The "Add column" row of a selected card is as wide as its text.
    const qreal addWidth = Padding + fm.horizontalAdvance(tr("+ Add column")) + Padding;
    m_width = std::ceil(std::max({MinWidth, bodyWidth, headerWidth, addWidth}));
    if (!m_currentColumn.isEmpty() && rowIndex(m_currentColumn) < 0)
        m_currentColumn.clear();
    m_comment = table->comment;
    const QString hint = tr("Double-click the header to rename the table, a row to rename its "
                            "column. Select the card, then drag the dot at a row's right edge onto "
                            "another table (or this one) for a foreign key. Insert adds a column, "
                            "Alt+Up/Down moves the current one, Delete removes it. Right-click for "
                            "more.");
    setToolTip(m_comment.isEmpty() ? hint : m_comment + QLatin1String("\n\n") + hint);
    updateRect();
    update();
}

void TableItem::updateRect()
{
    // A selected card has one more row at the bottom: "+ Add column".
    const qreal rows = qreal(m_rows.size()) * m_rowHeight;
    const qreal bottom = isSelected() ? m_rowHeight + 2 : (m_rows.empty() ? m_rowHeight : 4);
    const QRectF rect(0, 0, m_width, std::ceil(m_headerHeight + rows + bottom));
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
}

int TableItem::rowIndex(const QString &columnId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].columnId == columnId)
            return int(i);
    }
    return -1;
}

QStringList TableItem::columnIds() const
{
    QStringList ids;
    for (const Row &r : m_rows)
        ids << r.columnId;
    return ids;
}

void TableItem::setCurrentColumn(const QString &columnId)
{
    const QString id = rowIndex(columnId) >= 0 ? columnId : QString();
    if (id == m_currentColumn)
        return;
    m_currentColumn = id;
    update();
}

void TableItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

QRectF TableItem::rowRect(const QString &columnId) const
{
    const int i = rowIndex(columnId);
    if (i < 0)
        return {};
    return QRectF(m_rect.left(), m_headerHeight + qreal(i) * m_rowHeight, m_rect.width(), m_rowHeight);
}

QRectF TableItem::nameRect(const QString &columnId) const
{
    const QRectF row = rowRect(columnId);
    if (row.isNull())
        return {};
    const qreal x = Padding + m_markerWidth;
    return QRectF(x, row.top(), m_rect.width() - x - Padding, row.height());
}

QRectF TableItem::titleRect() const
{
    const QFontMetricsF titleFm(cardTitleFont(scene()));
    return QRectF(Padding, 6, m_rect.width() - 2 * Padding, titleFm.height());
}

QPointF TableItem::connectorPos(const QString &columnId) const
{
    const QRectF row = rowRect(columnId);
    // In the row's right padding, inside the card: relationship lines end just outside it.
    return QPointF(m_rect.right() - Padding / 2, row.isNull() ? m_headerHeight / 2 : row.center().y());
}

QFont TableItem::titleFont() const
{
    return cardTitleFont(scene());
}

QFont TableItem::rowFont(const QString &columnId) const
{
    QFont f = baseFont(scene());
    const int i = rowIndex(columnId);
    if (i >= 0 && m_rows[std::size_t(i)].primaryKey)
        f.setBold(true);
    return f;
}

TableItem::Hit TableItem::hitTest(const QPointF &pos) const
{
    if (isSelected()) {
        // A press in a row's right padding, where its connector dot is, takes the connector.
        const int i = int(std::floor((pos.y() - m_headerHeight) / m_rowHeight));
        if (pos.y() >= m_headerHeight && i < int(m_rows.size()) && pos.x() >= m_rect.right() - Padding
            && pos.x() <= m_rect.right())
            return {Part::Connector, m_rows[std::size_t(i)].columnId};
    }
    if (!m_rect.contains(pos))
        return {};
    if (pos.y() < m_headerHeight)
        return {Part::Header, {}};
    const int i = int(std::floor((pos.y() - m_headerHeight) / m_rowHeight));
    if (i >= 0 && i < int(m_rows.size()))
        return {Part::Row, m_rows[std::size_t(i)].columnId};
    if (isSelected() && i == int(m_rows.size()))
        return {Part::AddRow, {}};
    return {};
}

QRectF TableItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath TableItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(m_rect, Radius, Radius);
    return p;
}

qreal TableItem::rowCenterY(const QString &columnId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].columnId == columnId)
            return pos().y() + m_headerHeight + (qreal(i) + 0.5) * m_rowHeight;
    }
    return pos().y() + m_headerHeight / 2;
}

void TableItem::addRelationship(RelationshipItem *item)
{
    if (!m_relationships.contains(item))
        m_relationships.append(item);
}

void TableItem::removeRelationship(RelationshipItem *item)
{
    m_relationships.removeAll(item);
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (RelationshipItem *r : std::as_const(m_relationships))
            r->adjust();
    } else if (change == ItemSelectedHasChanged) {
        if (!value.toBool())
            m_currentColumn.clear();
        updateRect();
    }
    return QGraphicsItem::itemChange(change, value);
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QGuiApplication::palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor accentText = pal.color(QPalette::HighlightedText);
    const QColor border = mix(base, text, 0.35);
    const bool selected = option->state & QStyle::State_Selected;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());

    QPainterPath card;
    card.addRoundedRect(m_rect, Radius, Radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(base);
    painter->drawPath(card);

    // Header: the card's top, clipped to the rounded outline.
    const QRectF header(m_rect.left(), m_rect.top(), m_rect.width(), m_headerHeight);
    QPainterPath headerPath;
    headerPath.addRect(header);
    painter->setBrush(mix(accent, base, 0.12));
    painter->drawPath(card.intersected(headerPath));

    const QFont title = cardTitleFont(scene());
    const QFont small = smallFont(scene());
    const QFontMetricsF titleFm(title);
    const QFontMetricsF smallFm(small);
    painter->setFont(title);
    painter->setPen(accentText);
    const qreal titleTop = header.top() + 6;
    painter->drawText(QRectF(Padding, titleTop, m_rect.width() - 2 * Padding, titleFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (lod >= HeaderOnlyBelow) {
        painter->setFont(small);
        QColor sub = accentText;
        sub.setAlphaF(0.8f);
        painter->setPen(sub);
        painter->drawText(QRectF(Padding, titleTop + titleFm.height(), m_rect.width() - 2 * Padding,
                                 smallFm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);

        const QFont font = baseFont(scene());
        QFont bold = font;
        bold.setBold(true);
        const QFont marker = markerFont(scene());
        const QColor muted = mix(base, text, 0.6);
        const QColor alternate = mix(base, text, 0.04);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Row &r = m_rows[i];
            const QRectF row(m_rect.left(), m_headerHeight + qreal(i) * m_rowHeight, m_rect.width(),
                             m_rowHeight);
            if (selected && r.columnId == m_currentColumn) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(mix(base, accent, 0.2));
                painter->drawRect(row.adjusted(1, 0, -1, 0));
                painter->setBrush(accent);
                painter->drawRect(QRectF(row.left() + 1, row.top(), 3, row.height()));
            } else if (i % 2 == 1) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(alternate);
                painter->drawRect(row.adjusted(1, 0, -1, 0));
            }
            qreal x = Padding;
            if (m_markerWidth > 0) {
                painter->setFont(marker);
                qreal mx = x;
                const QFontMetricsF mfm(marker);
                auto drawMarker = [&](const QString &m, const QColor &c) {
                    painter->setPen(c);
                    painter->drawText(QRectF(mx, row.top(), m_markerWidth, row.height()),
                                      Qt::AlignLeft | Qt::AlignVCenter, m);
                    mx += mfm.horizontalAdvance(m + u' ');
                };
                if (r.primaryKey)
                    drawMarker(QStringLiteral("PK"), QColor(0xd0, 0x93, 0x1a));
                if (r.foreignKey)
                    drawMarker(QStringLiteral("FK"), QColor(0x3b, 0x8e, 0xdb));
                if (r.unique && !r.primaryKey)
                    drawMarker(QStringLiteral("UQ"), QColor(0x9b, 0x6b, 0xdf));
                x += m_markerWidth;
            }
            painter->setFont(r.primaryKey ? bold : font);
            painter->setPen(text);
            painter->drawText(QRectF(x, row.top(), m_nameWidth + 1, row.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, r.name);
            painter->setFont(small);
            painter->setPen(muted);
            painter->drawText(QRectF(x + m_nameWidth + ColumnGap, row.top(),
                                     m_rect.width() - Padding - (x + m_nameWidth + ColumnGap),
                                     row.height()),
                              Qt::AlignRight | Qt::AlignVCenter, r.type);
        }
        if (selected) {
            // The "Add column" row and, on each row's right edge, the connector that starts a
            // foreign key.
            const QRectF add(m_rect.left(), m_headerHeight + qreal(m_rows.size()) * m_rowHeight,
                             m_rect.width(), m_rowHeight);
            painter->setPen(QPen(mix(base, text, 0.15), 1));
            painter->drawLine(QPointF(add.left() + Padding, add.top() + 0.5),
                              QPointF(add.right() - Padding, add.top() + 0.5));
            painter->setFont(font);
            painter->setPen(mix(base, accent, 0.85));
            painter->drawText(add.adjusted(Padding, 0, -Padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              tr("+ Add column"));
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            for (const Row &r : m_rows)
                painter->drawEllipse(connectorPos(r.columnId), ConnectorRadius, ConnectorRadius);
        }
    } else {
        // Zoomed out: text would be a few pixels high, so each row is a bar as long as its name,
        // tinted for keys; the card keeps its shape and reads as a table at a glance.
        const QColor bar = mix(base, text, 0.28);
        painter->setPen(Qt::NoPen);
        const qreal maxWidth = m_rect.width() - 2 * Padding;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Row &r = m_rows[i];
            const qreal y = m_headerHeight + (qreal(i) + 0.5) * m_rowHeight;
            const qreal width = std::min(maxWidth * 0.75, 8.0 * qreal(r.name.size()) + 10);
            painter->setBrush(r.primaryKey   ? QColor(0xd0, 0x93, 0x1a)
                              : r.foreignKey ? QColor(0x3b, 0x8e, 0xdb)
                                             : bar);
            painter->drawRoundedRect(QRectF(m_rect.left() + Padding, y - m_rowHeight * 0.18, width,
                                            m_rowHeight * 0.36),
                                     2, 2);
        }
    }

    if (m_dropTarget) {
        QColor tint = accent;
        tint.setAlphaF(0.12f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawPath(card);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(selected || m_dropTarget ? accent : border,
                         m_dropTarget ? 3 : selected ? 2.5 : 1,
                         m_dropTarget ? Qt::DashLine : Qt::SolidLine));
    painter->drawPath(card);
}

} // namespace Ui
