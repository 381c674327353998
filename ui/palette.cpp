// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Ui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IconSize = 28;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A card as the canvas draws it, in miniature: a tinted header and a few rows.
void drawCard(QPainter &p, const QRectF &r, const QPalette &pal, int rows)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    QPainterPath card;
    card.addRoundedRect(r, 2, 2);
    p.setPen(Qt::NoPen);
    p.setBrush(base);
    p.drawPath(card);
    QPainterPath header;
    header.addRect(QRectF(r.left(), r.top(), r.width(), r.height() * 0.3));
    p.setBrush(accent);
    p.drawPath(card.intersected(header));
    p.setPen(QPen(mix(base, text, 0.45), 1));
    const qreal step = r.height() * 0.7 / (rows + 1);
    for (int i = 1; i <= rows; ++i) {
        const qreal y = r.top() + r.height() * 0.3 + step * i;
        p.drawLine(QPointF(r.left() + 2, y), QPointF(r.right() - (i % 2 ? 3 : 5), y));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(mix(base, text, 0.5), 1));
    p.drawPath(card);
}

QIcon kindIcon(const QString &kind, const QPalette &pal)
{
    QPixmap pixmap(IconSize * 2, IconSize * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (kind == QLatin1String(Palette::LinkKind)) {
        // Two cards joined through a small link card below them.
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.2));
        p.drawLine(QPointF(6, 12), QPointF(11, 21));
        p.drawLine(QPointF(22, 12), QPointF(17, 21));
        drawCard(p, QRectF(1.5, 1.5, 10, 11), pal, 2);
        drawCard(p, QRectF(16.5, 1.5, 10, 11), pal, 2);
        drawCard(p, QRectF(9.5, 17.5, 9, 9), pal, 1);
    } else {
        drawCard(p, QRectF(3.5, 2.5, 21, 23), pal, 3);
    }
    return QIcon(pixmap);
}

} // namespace

Palette::Palette(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(IconSize, IconSize));
    setSpacing(1);
    setUniformItemSizes(true);
    setToolTip(tr("Drag onto the canvas, or double-click"));
    addEntry(QString::fromLatin1(TableKind), tr("Table"),
             tr("Drag onto the canvas to add a table there (or double-click the canvas)"));
    addEntry(QString::fromLatin1(LinkKind), tr("Link table (many-to-many)"),
             tr("Drop onto a table, then click the second table: a link table with a "
                "composite primary key and the many-to-many relationship between the two. "
                "With two tables selected, double-click this entry to link them."));
    updateIcons();
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT kindActivated(item->data(KindRole).toString());
    });
    // Tall enough for its entries and no taller: it sits above the table list.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFixedHeight(2 * (IconSize + 8) + 2 * frameWidth() + 4);
}

Palette::~Palette() = default;

void Palette::addEntry(const QString &kind, const QString &text, const QString &toolTip)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(KindRole, kind);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
}

void Palette::updateIcons()
{
    for (int i = 0; i < count(); ++i)
        item(i)->setIcon(kindIcon(item(i)->data(KindRole).toString(), palette()));
}

void Palette::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

QMimeData *Palette::mimeDataFor(const QString &kind)
{
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), kind.toUtf8());
    return data;
}

QStringList Palette::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *Palette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeDataFor(items.first()->data(KindRole).toString());
}

} // namespace Ui
