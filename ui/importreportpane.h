// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import report of the open design: what the import left out or changed (views, triggers,
// partitions, generated columns, ...), grouped by kind and filterable. Activating a note whose
// table is in the design selects that table.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Core {
class SchemaDocument;
}

namespace Ui {

class ImportReportPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportPane(Core::SchemaDocument *document, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    QString summary() const;

Q_SIGNALS:
    void tableActivated(const QString &tableId);

private:
    Core::SchemaDocument *m_document;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Ui
