// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small widgets the Inspector's pages are built from: a collapsible section and an ordered
// column chooser (for index, unique constraint, foreign key and primary key columns).

#include <QGroupBox>
#include <QStringList>

#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;
class QVBoxLayout;

namespace Ui {

// A group box whose title collapses and expands its contents: "▾ Indexes (2)".
class SectionBox final : public QGroupBox
{
    Q_OBJECT

public:
    SectionBox(const QString &title, QWidget *parent);

    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }
    void setCount(int count); // shown after the title
    void setExpanded(bool expanded);
    bool isExpanded() const { return m_expanded; }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateTitle();

    QString m_title;
    int m_count = -1;
    bool m_expanded = true;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
};

// A list of a table's columns to choose some of, in order: the checked columns come first, in
// their order, then the others; Up and Down (or Alt+Up, Alt+Down) move a checked column among
// the checked ones. In order-only mode every column is chosen and only the order changes.
class ColumnPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnPicker(QWidget *parent = nullptr);

    // (id, name) of every column offered, and the chosen ids in order.
    void setColumns(const std::vector<std::pair<QString, QString>> &columns,
                    const QStringList &chosen);
    QStringList chosen() const;
    void setOrderOnly(bool orderOnly) { m_orderOnly = orderOnly; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void edited(const QStringList &chosen); // the user checked, unchecked or moved a column

private:
    void move(int delta);
    void updateButtons();

    QListWidget *m_list;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_orderOnly = false;
    bool m_filling = false;
};

// A tool button with text, as the Inspector's Add/Remove/Up/Down buttons are.
QToolButton *inspectorButton(const QString &text, const QString &tip, QWidget *parent);
// An error label under a form, hidden until an edit is refused.
QLabel *inspectorErrorLabel(QWidget *parent);

} // namespace Ui
