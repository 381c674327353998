// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Warnings pane: the design-lint findings of the document, grouped by severity, filterable,
// with a quick-fix button. Activating a finding asks the window to select its table.

#include "codelint.h"
#include "lint.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Core {
class SchemaDocument;
}

namespace Ui {

class WarningsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit WarningsPane(Core::SchemaDocument *document, QWidget *parent = nullptr);

    void refresh(); // re-lints the document now
    // Shows findings computed elsewhere (the window's live refresh) for the document as it is.
    void setFindings(std::vector<Core::Finding> findings);
    bool showsSuppressed() const;
    // What the pane shows; when the window computes the findings elsewhere, reading brings
    // them up to date first (see setBeforeRead).
    const std::vector<Core::Finding> &findings() const;
    QTreeWidget *tree() const;
    void setBeforeRead(std::function<void()> beforeRead) { m_beforeRead = std::move(beforeRead); }
    // Applies the quick fix of the selected finding; false when there is none.
    bool applySelectedFix();
    // Suppresses the selected finding for its object (or restores a suppressed one).
    bool toggleSelectedSuppression();

    // Findings of `lint-code` on a folder, shown in a group of their own beside the design's.
    void setCodeFindings(const std::vector<Core::CodeFinding> &findings, const QString &folder);
    const std::vector<Core::CodeFinding> &codeFindings() const { return m_codeFindings; }

Q_SIGNALS:
    void tableActivated(const QString &tableId);
    void codeFindingActivated(const QString &path, int line);
    void showSuppressedChanged();

private:
    void rebuild();
    const Core::Finding *selectedFinding() const;

    Core::SchemaDocument *m_document;
    std::function<void()> m_beforeRead;
    std::vector<Core::Finding> m_findings;
    std::vector<Core::CodeFinding> m_codeFindings;
    QString m_codeFolder;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_fix;
    QPushButton *m_suppress;
    QCheckBox *m_showSuppressed;
};

} // namespace Ui
