// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportpane.h"

#include "document.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace Ui {

namespace {

constexpr int TableRole = Qt::UserRole + 1;

// The design's table named by a note's object (`table`, `schema.table`, or either followed by
// `.column` / `.constraint`), if it is in the design.
QString tableOf(const Core::Schema &s, const QString &object)
{
    const QStringList parts = object.split(u'.');
    for (const Core::Table &t : s.tables) {
        const QString qualified = t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
        for (int n = 1; n <= parts.size(); ++n) {
            if (parts.mid(0, n).join(u'.') == qualified)
                return t.id;
        }
    }
    return {};
}

} // namespace

ImportReportPane::ImportReportPane(Core::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importReportPane"));
    m_summary->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter the report"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderLabels({tr("Object"), tr("What happened")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { refresh(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, TableRole).toString();
        if (!id.isEmpty())
            Q_EMIT tableActivated(id);
    });
    connect(document, &Core::SchemaDocument::schemaReset, this, [this] { refresh(); });
    refresh();
}

QString ImportReportPane::summary() const { return m_summary->text(); }

void ImportReportPane::refresh()
{
    const Core::Schema &s = m_document->schema();
    m_tree->clear();
    if (!s.importReport) {
        m_summary->setText(tr("This design was not imported."));
        return;
    }
    const Core::ImportReport &r = *s.importReport;
    m_summary->setText(
        r.notes.empty()
            ? tr("Imported from %1 (%2): everything was imported as it is.").arg(r.source, r.dialect)
            : tr("Imported from %1 (%2): %n object(s) not imported as they are.", nullptr,
                 int(r.notes.size()))
                  .arg(r.source, r.dialect));
    const QString filter = m_filter->text().trimmed();
    std::map<QString, QTreeWidgetItem *> groups;
    for (const Core::ImportNote &n : r.notes) {
        if (!filter.isEmpty() && !n.kind.contains(filter, Qt::CaseInsensitive)
            && !n.object.contains(filter, Qt::CaseInsensitive)
            && !n.detail.contains(filter, Qt::CaseInsensitive))
            continue;
        QTreeWidgetItem *&group = groups[n.kind];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, n.object);
        item->setText(1, n.detail);
        item->setToolTip(1, n.detail);
        item->setData(0, TableRole, tableOf(s, n.object));
    }
    for (auto &[kind, group] : groups)
        group->setText(0, QStringLiteral("%1 (%2)").arg(kind).arg(group->childCount()));
    m_tree->sortItems(0, Qt::AscendingOrder);
    if (groups.size() <= 3)
        m_tree->expandAll();
}

} // namespace Ui
