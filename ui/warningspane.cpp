// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningspane.h"

#include "document.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int FindingRole = Qt::UserRole + 1; // index into m_findings
constexpr int CodeFindingRole = Qt::UserRole + 2; // index into m_codeFindings
constexpr int TableRole = Qt::UserRole + 3;       // an object node: the table it stands for

} // namespace

WarningsPane::WarningsPane(Core::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_fix(new QPushButton(tr("Quick Fix"), this))
    , m_suppress(new QPushButton(tr("Suppress"), this))
    , m_showSuppressed(new QCheckBox(tr("Show suppressed"), this))
{
    m_suppress->setEnabled(false);
    m_suppress->setToolTip(tr("Accept this warning for this object; the project keeps the choice "
                              "(undoable)"));
    m_suppress->setObjectName(QStringLiteral("suppressButton"));
    m_showSuppressed->setObjectName(QStringLiteral("showSuppressed"));
    m_filter->setPlaceholderText(tr("Filter warnings"));
    m_filter->setClearButtonEnabled(true);
    m_fix->setEnabled(false);
    m_fix->setToolTip(tr("Apply the quick fix of the selected warning (undoable)"));
    m_tree->setHeaderLabels({tr("Warning"), tr("Object"), tr("Rule")});
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_fix);
    top->addWidget(m_suppress);
    top->addWidget(m_showSuppressed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { rebuild(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const Core::Finding *f = selectedFinding();
        m_fix->setEnabled(f && !f->fix.isEmpty());
        m_suppress->setEnabled(f);
        m_suppress->setText(f && Core::isSuppressed(m_document->schema(), *f) ? tr("Restore")
                                                                              : tr("Suppress"));
    });
    connect(m_suppress, &QPushButton::clicked, this, [this] { toggleSelectedSuppression(); });
    connect(m_showSuppressed, &QCheckBox::toggled, this, [this] {
        // Where the window computes the findings (setBeforeRead), it re-lints on the signal;
        // linting here as well would do the work twice.
        if (!m_beforeRead)
            refresh();
        Q_EMIT showSuppressedChanged();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant code = item ? item->data(0, CodeFindingRole) : QVariant();
        if (code.isValid()) {
            const Core::CodeFinding &f = m_codeFindings[std::size_t(code.toInt())];
            Q_EMIT codeFindingActivated(f.path, f.line);
            return;
        }
        if (const Core::Finding *f = selectedFinding(); f && !f->tableId.isEmpty()) {
            Q_EMIT tableActivated(f->tableId);
            return;
        }
        if (const QString table = item ? item->data(0, TableRole).toString() : QString(); !table.isEmpty())
            Q_EMIT tableActivated(table);
    });
    connect(m_fix, &QPushButton::clicked, this, [this] { applySelectedFix(); });
    refresh();
}

void WarningsPane::refresh()
{
    m_findings = Core::lintSchema(m_document->schema(), m_showSuppressed->isChecked());
    rebuild();
}

void WarningsPane::setFindings(std::vector<Core::Finding> findings)
{
    if (findings == m_findings)
        return; // most edits change no warning: keep the tree, its selection and scroll
    m_findings = std::move(findings);
    rebuild();
}

const std::vector<Core::Finding> &WarningsPane::findings() const
{
    if (m_beforeRead)
        m_beforeRead();
    return m_findings;
}

QTreeWidget *WarningsPane::tree() const
{
    if (m_beforeRead)
        m_beforeRead();
    return m_tree;
}

bool WarningsPane::showsSuppressed() const
{
    return m_showSuppressed->isChecked();
}

void WarningsPane::rebuild()
{
    m_tree->clear();
    const QString filter = m_filter->text().trimmed();
    const struct
    {
        Core::Severity severity;
        QString title;
        QStyle::StandardPixmap icon;
    } groups[] = {
        {Core::Severity::Error, tr("Errors"), QStyle::SP_MessageBoxCritical},
        {Core::Severity::Warning, tr("Warnings"), QStyle::SP_MessageBoxWarning},
        {Core::Severity::Info, tr("Notes"), QStyle::SP_MessageBoxInformation},
    };
    for (const auto &g : groups) {
        auto *group = new QTreeWidgetItem;
        group->setIcon(0, style()->standardIcon(g.icon));
        group->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        // Within a severity, the findings sit under the object (table, enum or the design) they
        // are about.
        QHash<QString, QTreeWidgetItem *> objects;
        auto objectNode = [&](const Core::Finding &f) {
            QString key = f.tableId;
            QString label;
            if (const Core::Table *t = m_document->schema().table(f.tableId)) {
                label = t->schema.isEmpty() ? t->name : t->schema + u'.' + t->name;
            } else {
                key = f.object.section(u'.', 0, 0);
                label = key.isEmpty() ? tr("design") : key;
            }
            QTreeWidgetItem *&node = objects[key];
            if (!node) {
                node = new QTreeWidgetItem(group);
                node->setData(1, Qt::UserRole, label);
                node->setData(0, TableRole, f.tableId);
                node->setFlags(Qt::ItemIsEnabled);
            }
            return node;
        };
        for (std::size_t i = 0; i < m_findings.size(); ++i) {
            const Core::Finding &f = m_findings[i];
            if (f.severity != g.severity)
                continue;
            if (!filter.isEmpty() && !f.message.contains(filter, Qt::CaseInsensitive)
                && !f.object.contains(filter, Qt::CaseInsensitive)
                && !f.rule.contains(filter, Qt::CaseInsensitive))
                continue;
            auto *item = new QTreeWidgetItem(objectNode(f));
            const bool suppressed = Core::isSuppressed(m_document->schema(), f);
            item->setText(0, suppressed ? tr("%1 (suppressed)").arg(f.message) : f.message);
            if (suppressed)
                item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setText(1, f.object);
            item->setText(2, f.rule);
            item->setToolTip(0, f.why + (f.fix.isEmpty() ? QString() : u'\n' + tr("Quick fix: %1").arg(f.fix)));
            item->setData(0, FindingRole, int(i));
            ++count;
        }
        group->setText(0, QStringLiteral("%1 (%2)").arg(g.title).arg(count));
        for (QTreeWidgetItem *node : std::as_const(objects)) {
            node->setText(0, QStringLiteral("%1 (%2)")
                                 .arg(node->data(1, Qt::UserRole).toString())
                                 .arg(node->childCount()));
            node->setExpanded(g.severity != Core::Severity::Info);
        }
        m_tree->addTopLevelItem(group);
        group->setExpanded(g.severity != Core::Severity::Info);
        for (QTreeWidgetItem *node : std::as_const(objects))
            node->setExpanded(g.severity != Core::Severity::Info);
    }
    if (!m_codeFolder.isEmpty()) {
        auto *group = new QTreeWidgetItem;
        group->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        group->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        for (std::size_t i = 0; i < m_codeFindings.size(); ++i) {
            const Core::CodeFinding &f = m_codeFindings[i];
            const QString where = QDir(m_codeFolder).relativeFilePath(f.path)
                                  + QStringLiteral(":%1").arg(f.line);
            if (!filter.isEmpty() && !f.message.contains(filter, Qt::CaseInsensitive)
                && !where.contains(filter, Qt::CaseInsensitive)
                && !f.rule.contains(filter, Qt::CaseInsensitive))
                continue;
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, f.message);
            item->setText(1, where);
            item->setText(2, f.rule);
            item->setToolTip(0, f.fix.isEmpty() ? f.message : tr("Fix: %1").arg(f.fix));
            item->setData(0, CodeFindingRole, int(i));
            const QStyle::StandardPixmap icon = f.severity == Core::Severity::Error
                                                    ? QStyle::SP_MessageBoxCritical
                                                : f.severity == Core::Severity::Warning
                                                    ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
            item->setIcon(0, style()->standardIcon(icon));
            ++count;
        }
        group->setText(0, tr("Python code in %1 (%2)").arg(QDir(m_codeFolder).dirName()).arg(count));
        m_tree->addTopLevelItem(group);
        group->setExpanded(true);
    }
    m_fix->setEnabled(false);
    m_suppress->setEnabled(false);
}

void WarningsPane::setCodeFindings(const std::vector<Core::CodeFinding> &findings,
                                   const QString &folder)
{
    m_codeFindings = findings;
    m_codeFolder = folder;
    rebuild();
}

bool WarningsPane::toggleSelectedSuppression()
{
    const Core::Finding *f = selectedFinding();
    if (!f)
        return false;
    const bool suppressed = Core::isSuppressed(m_document->schema(), *f);
    const Core::LintSuppression s{f->rule, f->object, {}};
    m_document->setSuppressed(s, !suppressed); // the document change refreshes this pane
    return true;
}

const Core::Finding *WarningsPane::selectedFinding() const
{
    const auto items = m_tree->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QVariant v = items.first()->data(0, FindingRole);
    if (!v.isValid())
        return nullptr;
    const int i = v.toInt();
    return i >= 0 && i < int(m_findings.size()) ? &m_findings[std::size_t(i)] : nullptr;
}

bool WarningsPane::applySelectedFix()
{
    const Core::Finding *f = selectedFinding();
    if (!f || f->fix.isEmpty())
        return false;
    const Core::Finding finding = *f; // applying re-lints and refreshes m_findings
    return Core::applyQuickFix(m_document, finding);
}

} // namespace Ui
