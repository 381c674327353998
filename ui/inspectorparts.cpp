// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorparts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionGroupBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

QToolButton *inspectorButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QLabel *inspectorErrorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setVisible(false);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// --- SectionBox ---

SectionBox::SectionBox(const QString &title, QWidget *parent)
    : QGroupBox(parent)
    , m_title(title)
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
{
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    updateTitle();
}

void SectionBox::setCount(int count)
{
    m_count = count;
    updateTitle();
}

void SectionBox::setExpanded(bool expanded)
{
    m_expanded = expanded;
    m_body->setVisible(expanded);
    updateTitle();
}

void SectionBox::updateTitle()
{
    // U+25BE and U+25B8: small triangles pointing down (expanded) and right (collapsed).
    const QString arrow = m_expanded ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 ");
    setTitle(arrow + (m_count < 0 ? m_title : tr("%1 (%2)").arg(m_title).arg(m_count)));
}

void SectionBox::mouseReleaseEvent(QMouseEvent *event)
{
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    const QRect label =
        style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, this);
    // The whole title row toggles, not only the text: an easier target.
    const QRect row(0, label.top(), width(), label.height());
    if (event->button() == Qt::LeftButton && row.contains(event->position().toPoint())) {
        setExpanded(!m_expanded);
        event->accept();
        return;
    }
    QGroupBox::mouseReleaseEvent(event);
}

// --- ColumnPicker ---

ColumnPicker::ColumnPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_up(inspectorButton(tr("Up"), tr("Move the selected column up in the key (Alt+Up)"), this))
    , m_down(inspectorButton(tr("Down"), tr("Move the selected column down in the key (Alt+Down)"),
                             this))
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    h->addLayout(buttons);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateButtons();
        Q_EMIT edited(chosen());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { move(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, nullptr, nullptr,
                               Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { move(1); });
    updateButtons();
}

void ColumnPicker::setColumns(const std::vector<std::pair<QString, QString>> &columns,
                              const QStringList &chosen)
{
    // Chosen first, in their order; then the rest in table order.
    std::vector<std::pair<QString, QString>> rows;
    for (const QString &id : chosen) {
        for (const auto &c : columns) {
            if (c.first == id)
                rows.push_back(c);
        }
    }
    if (!m_orderOnly) {
        for (const auto &c : columns) {
            if (!chosen.contains(c.first))
                rows.push_back(c);
        }
    }
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_filling = true;
    // Update in place when the rows are the same, so that the focus and scroll position stay.
    if (m_list->count() != int(rows.size())) {
        m_list->clear();
        for (std::size_t i = 0; i < rows.size(); ++i)
            new QListWidgetItem(m_list);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const auto &[id, name] = rows[std::size_t(i)];
        if (item->text() != name)
            item->setText(name);
        if (item->data(Qt::UserRole).toString() != id)
            item->setData(Qt::UserRole, id);
        const Qt::ItemFlags flags = m_orderOnly
                                        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                              | Qt::ItemIsUserCheckable;
        if (item->flags() != flags)
            item->setFlags(flags);
        if (!m_orderOnly) {
            const Qt::CheckState state = chosen.contains(id) ? Qt::Checked : Qt::Unchecked;
            if (item->checkState() != state)
                item->setCheckState(state);
        }
        if (id == current && m_list->currentRow() != i)
            m_list->setCurrentRow(i);
    }
    // As tall as the rows, up to six; the page scrolls rather than the list.
    const int shown = qBound(2, m_list->count(), 6);
    const int row = m_list->count() > 0 ? m_list->sizeHintForRow(0)
                                        : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(shown * row + 2 * m_list->frameWidth() + 2);
    m_filling = false;
    updateButtons();
}

QStringList ColumnPicker::chosen() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (m_orderOnly || item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void ColumnPicker::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    const QStringList ids = chosen();
    if (row < 0 || to < 0 || row >= ids.size() || to >= ids.size())
        return; // only chosen columns move, among themselves
    m_filling = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_filling = false;
    updateButtons();
    Q_EMIT edited(chosen());
}

void ColumnPicker::updateButtons()
{
    const int row = m_list->currentRow();
    const int chosenCount = int(chosen().size());
    m_up->setEnabled(row > 0 && row < chosenCount);
    m_down->setEnabled(row >= 0 && row + 1 < chosenCount);
}

} // namespace Ui
