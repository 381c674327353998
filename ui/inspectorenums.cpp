// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Inspector's enum page: the enum's class name, database type name and schema, and its
// values (added, renamed in place, reordered, removed), each change one undoable edit.

#include "inspector.h"

#include "document.h"
#include "inspectorparts.h"
#include "schema.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

// The columns whose type is this enum, as `table.column`.
QStringList enumUsers(const Core::Schema &s, const QString &enumId)
{
    QStringList users;
    for (const Core::Table &t : s.tables) {
        for (const Core::Column &c : t.columns) {
            if (c.type.kind == Core::TypeKind::Enum && c.type.enumId == enumId)
                users << t.name + u'.' + c.name;
        }
    }
    return users;
}

QPixmap iconCanvas() { return QPixmap(32, 32); }

} // namespace

QIcon Inspector::enumIcon()
{
    // Drawn once: the table list asks for it for every row it fills. Never freed: a pixmap must
    // not outlive the application object, which a static would.
    static const QIcon *icon = new QIcon([] {
        // A rounded card with a bulleted list: a type made of named values.
        QPixmap pm = iconCanvas();
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor accent(0x8e, 0x5c, 0xc8);
        p.setPen(QPen(accent, 2));
        p.setBrush(accent.lighter(185));
        p.drawRoundedRect(QRectF(3, 3, 26, 26), 5, 5);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        for (int i = 0; i < 3; ++i) {
            const qreal y = 9.5 + i * 6.5;
            p.drawEllipse(QPointF(10, y), 2, 2);
            p.drawRoundedRect(QRectF(14, y - 1.5, 10, 3), 1.5, 1.5);
        }
        p.end();
        return pm;
    }());
    return *icon;
}

QIcon Inspector::tableIcon()
{
    static const QIcon *icon = new QIcon([] {
        // A table card: a header band over rows.
        QPixmap pm = iconCanvas();
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor accent(0x2f, 0x7d, 0xc8);
        QPainterPath card;
        card.addRoundedRect(QRectF(3, 4, 26, 24), 4, 4);
        p.fillPath(card, accent.lighter(185));
        p.save();
        p.setClipPath(card);
        p.fillRect(QRectF(3, 4, 26, 7), accent);
        p.restore();
        p.setPen(QPen(accent, 1.5));
        p.drawLine(QPointF(7, 17), QPointF(25, 17));
        p.drawLine(QPointF(7, 22.5), QPointF(25, 22.5));
        p.setPen(QPen(accent, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(card);
        p.end();
        return pm;
    }());
    return *icon;
}

void Inspector::buildEnumPage()
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(8, 8, 8, 8);
    v->setSpacing(10);

    auto *box = new QGroupBox(tr("Enum"), page);
    box->setObjectName(QStringLiteral("enumGroup"));
    auto *f = new QFormLayout(box);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_enumName = new QLineEdit(box);
    m_enumName->setObjectName(QStringLiteral("enumName"));
    m_enumName->setToolTip(tr("The Python class: class Name(str, enum.Enum)"));
    f->addRow(tr("&Name:"), m_enumName);
    m_enumSqlName = new QLineEdit(box);
    m_enumSqlName->setObjectName(QStringLiteral("enumSqlName"));
    m_enumSqlName->setToolTip(tr("The database type: CREATE TYPE name AS ENUM (…) in PostgreSQL, "
                                 "sa.Enum(…, name=…); empty: the class name in lower case"));
    f->addRow(tr("&Database type:"), m_enumSqlName);
    m_enumSchema = new QLineEdit(box);
    m_enumSchema->setObjectName(QStringLiteral("enumSchema"));
    m_enumSchema->setPlaceholderText(tr("default"));
    m_enumSchema->setToolTip(tr("The PostgreSQL schema of the type: sa.Enum(…, schema=…)"));
    f->addRow(tr("Sc&hema:"), m_enumSchema);
    m_enumUsage = new QLabel(box);
    m_enumUsage->setObjectName(QStringLiteral("enumUsage"));
    m_enumUsage->setWordWrap(true);
    m_enumUsage->setForegroundRole(QPalette::PlaceholderText);
    f->addRow(tr("Used by:"), m_enumUsage);
    m_enumError = inspectorErrorLabel(box);
    m_enumError->setObjectName(QStringLiteral("enumError"));
    f->addRow(m_enumError);
    v->addWidget(box);

    auto *valuesBox = new QGroupBox(tr("Values"), page);
    valuesBox->setObjectName(QStringLiteral("enumValuesGroup"));
    auto *vv = new QVBoxLayout(valuesBox);
    m_enumValues = new QListWidget(valuesBox);
    m_enumValues->setObjectName(QStringLiteral("enumValues"));
    m_enumValues->setToolTip(tr("The members, in declaration order: name = \"value\". Double-click "
                                "or F2 renames a value."));
    m_enumValues->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::SelectedClicked);
    m_enumValues->setUniformItemSizes(true);
    vv->addWidget(m_enumValues);
    auto *vb = new QHBoxLayout;
    m_addValue = inspectorButton(tr("Add"), tr("Add a value after the selected one"), valuesBox);
    m_addValue->setObjectName(QStringLiteral("addEnumValue"));
    m_removeValue = inspectorButton(tr("Remove"), tr("Delete the selected value"), valuesBox);
    m_removeValue->setObjectName(QStringLiteral("removeEnumValue"));
    m_valueUp = inspectorButton(tr("Up"), tr("Move the selected value up (Alt+Up)"), valuesBox);
    m_valueUp->setObjectName(QStringLiteral("enumValueUp"));
    m_valueDown =
        inspectorButton(tr("Down"), tr("Move the selected value down (Alt+Down)"), valuesBox);
    m_valueDown->setObjectName(QStringLiteral("enumValueDown"));
    for (QToolButton *b : {m_addValue, m_removeValue, m_valueUp, m_valueDown})
        vb->addWidget(b);
    vb->addStretch(1);
    vv->addLayout(vb);
    m_valuesError = inspectorErrorLabel(valuesBox);
    m_valuesError->setObjectName(QStringLiteral("enumValuesError"));
    vv->addWidget(m_valuesError);
    v->addWidget(valuesBox);

    auto *eb = new QHBoxLayout;
    m_addEnum = new QPushButton(tr("New Enum"), page);
    m_addEnum->setObjectName(QStringLiteral("addEnum"));
    m_addEnum->setToolTip(tr("Add another enum to the design"));
    m_removeEnum = new QPushButton(tr("Delete Enum"), page);
    m_removeEnum->setObjectName(QStringLiteral("removeEnum"));
    m_removeEnum->setToolTip(tr("Delete this enum; no column may use it"));
    eb->addWidget(m_addEnum);
    eb->addStretch(1);
    eb->addWidget(m_removeEnum);
    v->addLayout(eb);
    v->addStretch(1);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    connect(m_enumName, &QLineEdit::editingFinished, this, [this] {
        const Core::EnumType *e = m_document->schema().enumType(m_enumId);
        if (!e || m_loading)
            return;
        const QString name = m_enumName->text().trimmed();
        if (name.isEmpty())
            return refuse(m_enumError, tr("An enum needs a name."));
        Core::EnumType copy = *e;
        copy.name = name;
        commitEnum(copy, tr("Rename enum “%1” to “%2”").arg(e->name, name), m_enumError);
    });
    connect(m_enumSqlName, &QLineEdit::editingFinished, this, [this] {
        const Core::EnumType *e = m_document->schema().enumType(m_enumId);
        if (!e || m_loading)
            return;
        Core::EnumType copy = *e;
        copy.sqlName = m_enumSqlName->text().trimmed();
        commitEnum(copy, tr("Change database type of enum “%1”").arg(e->name), m_enumError);
    });
    connect(m_enumSchema, &QLineEdit::editingFinished, this, [this] {
        const Core::EnumType *e = m_document->schema().enumType(m_enumId);
        if (!e || m_loading)
            return;
        Core::EnumType copy = *e;
        copy.schema = m_enumSchema->text().trimmed();
        commitEnum(copy, tr("Change schema of enum “%1”").arg(e->name), m_enumError);
    });
    connect(m_enumValues, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_loading)
            renameEnumValue(item);
    });
    connect(m_enumValues, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeValue->setEnabled(row >= 0);
        m_valueUp->setEnabled(row > 0);
        m_valueDown->setEnabled(row >= 0 && row + 1 < m_enumValues->count());
    });
    connect(m_addValue, &QToolButton::clicked, this, &Inspector::addEnumValue);
    connect(m_removeValue, &QToolButton::clicked, this, &Inspector::removeEnumValue);
    connect(m_valueUp, &QToolButton::clicked, this, [this] { moveEnumValue(-1); });
    connect(m_valueDown, &QToolButton::clicked, this, [this] { moveEnumValue(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_enumValues, nullptr, nullptr,
                              Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &Inspector::removeEnumValue);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_enumValues, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveEnumValue(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_enumValues, nullptr,
                               nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveEnumValue(1); });
    connect(m_addEnum, &QPushButton::clicked, this, &Inspector::newEnum);
    connect(m_removeEnum, &QPushButton::clicked, this, &Inspector::removeEnum);
}

void Inspector::showEnum(const QString &enumId)
{
    if (!m_document->schema().enumType(enumId))
        return clear();
    if (enumId != m_enumId) {
        for (QLabel *l : {m_enumError, m_valuesError})
            accept(l);
        m_enumValues->setCurrentRow(-1);
    }
    m_tableId.clear();
    m_columnId.clear();
    m_validatorId.clear();
    m_relId.clear();
    m_enumId = enumId;
    loadEnum();
}

void Inspector::loadEnum()
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    if (!e)
        return clear();
    m_stack->setCurrentIndex(int(Page::Enum));
    const QScopedValueRollback<bool> loading(m_loading, true);
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) // keeps the caret where it is
            edit->setText(text);
    };
    setText(m_enumName, e->name);
    setText(m_enumSqlName, e->sqlName);
    m_enumSqlName->setPlaceholderText(e->name.toLower());
    setText(m_enumSchema, e->schema);
    const QStringList users = enumUsers(m_document->schema(), e->id);
    m_enumUsage->setText(users.isEmpty() ? tr("no column yet") : users.join(QLatin1String(", ")));

    int row = m_enumValues->currentRow();
    {
        const QSignalBlocker blocker(m_enumValues);
        // In place when the count is the same: an open editor and the scroll position stay.
        if (m_enumValues->count() != e->values.size()) {
            m_enumValues->clear();
            for (qsizetype i = 0; i < e->values.size(); ++i) {
                auto *item = new QListWidgetItem(m_enumValues);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            }
        }
        for (int i = 0; i < m_enumValues->count(); ++i) {
            if (m_enumValues->item(i)->text() != e->values.at(i))
                m_enumValues->item(i)->setText(e->values.at(i));
        }
        row = qBound(-1, row, m_enumValues->count() - 1);
        if (row < 0 && m_enumValues->count() > 0)
            row = 0;
        m_enumValues->setCurrentRow(row);
    }
    // As tall as the values, up to twelve rows.
    const int rows = qBound(3, m_enumValues->count() + 1, 12); // a free row: room to add
    const int rowHeight = m_enumValues->count() > 0 ? m_enumValues->sizeHintForRow(0)
                                                    : m_enumValues->fontMetrics().height() + 4;
    m_enumValues->setFixedHeight(rows * rowHeight + 2 * m_enumValues->frameWidth() + 2);
    m_removeValue->setEnabled(row >= 0);
    m_valueUp->setEnabled(row > 0);
    m_valueDown->setEnabled(row >= 0 && row + 1 < m_enumValues->count());
}

bool Inspector::commitEnum(const Core::EnumType &proposed, const QString &what, QLabel *label,
                           const std::vector<Core::Table> &tables)
{
    if (m_loading)
        return true;
    const Core::Schema &current = m_document->schema();
    const Core::EnumType *e = current.enumType(proposed.id);
    if (e && *e == proposed && tables.empty()) {
        accept(label);
        return true;
    }
    Core::Schema next = current;
    Core::SchemaDocument::Edit edit;
    auto it = std::find_if(next.enums.begin(), next.enums.end(),
                           [&](const Core::EnumType &x) { return x.id == proposed.id; });
    if (it == next.enums.end())
        next.enums.push_back(proposed);
    else
        *it = proposed;
    edit.enums.push_back({proposed.id, proposed});
    for (const Core::Table &t : tables) {
        if (Core::Table *nt = next.table(t.id))
            *nt = t;
        edit.tables.push_back({t.id, t});
    }
    if (const QString problem = newProblem(next); !problem.isEmpty()) {
        refuse(label, problem);
        return false;
    }
    accept(label);
    m_document->pushEdit(edit, what);
    return true;
}

void Inspector::newEnum()
{
    const Core::Schema &s = m_document->schema();
    Core::EnumType e;
    e.id = Core::newId(QStringLiteral("e"));
    e.values << QStringLiteral("value_1");
    // A class name no table or enum has yet.
    for (int n = 1; e.name.isEmpty(); ++n) {
        e.name = n == 1 ? QStringLiteral("NewEnum") : QStringLiteral("NewEnum%1").arg(n);
        Core::Schema next = s;
        next.enums.push_back(e);
        if (!newProblem(next).isEmpty())
            e.name.clear();
        if (n > 1000)
            return; // the design has other problems with new enums; nothing to offer
    }
    // Shown before the edit is pushed, so that everything that follows the edit (the Tables list)
    // already sees it as the shown object.
    m_tableId.clear();
    m_columnId.clear();
    m_validatorId.clear();
    m_relId.clear();
    m_enumId = e.id;
    for (QLabel *l : {m_enumError, m_valuesError})
        accept(l);
    m_document->addEnum(e);
    loadEnum();
    m_enumName->setFocus();
    m_enumName->selectAll();
}

void Inspector::removeEnum()
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    if (!e)
        return;
    const QStringList users = enumUsers(m_document->schema(), e->id);
    if (!users.isEmpty()) {
        return refuse(m_enumError, tr("“%1” is the type of %2; give those columns another type "
                                      "first.")
                                       .arg(e->name, users.join(QLatin1String(", "))));
    }
    accept(m_enumError);
    m_document->removeEnum(e->id); // clears the page: the enum is gone
}

void Inspector::addEnumValue()
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    if (!e)
        return;
    Core::EnumType copy = *e;
    QString value;
    for (int n = copy.values.size() + 1; value.isEmpty() || copy.values.contains(value); ++n)
        value = QStringLiteral("value_%1").arg(n);
    const int row = m_enumValues->currentRow() < 0 ? int(copy.values.size())
                                                   : m_enumValues->currentRow() + 1;
    copy.values.insert(row, value);
    if (!commitEnum(copy, tr("Add enum value “%1” to “%2”").arg(value, e->name), m_valuesError))
        return;
    m_enumValues->setCurrentRow(row);
    m_enumValues->setFocus();
    m_enumValues->editItem(m_enumValues->item(row)); // type its name right away
}

void Inspector::removeEnumValue()
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    const int row = m_enumValues->currentRow();
    if (!e || row < 0 || row >= e->values.size())
        return;
    if (e->values.size() == 1)
        return refuse(m_valuesError, tr("An enum needs at least one value."));
    Core::EnumType copy = *e;
    const QString value = copy.values.takeAt(row);
    // Refused (by the validation) while a column's default is this value.
    commitEnum(copy, tr("Delete enum value “%1” from “%2”").arg(value, e->name), m_valuesError);
}

void Inspector::moveEnumValue(int delta)
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    const int row = m_enumValues->currentRow();
    const int to = row + delta;
    if (!e || row < 0 || to < 0 || to >= e->values.size())
        return;
    Core::EnumType copy = *e;
    copy.values.move(row, to);
    const QString value = copy.values.at(to);
    if (commitEnum(copy, delta < 0 ? tr("Move enum value “%1” up").arg(value)
                                   : tr("Move enum value “%1” down").arg(value),
                   m_valuesError))
        m_enumValues->setCurrentRow(to);
}

void Inspector::renameEnumValue(QListWidgetItem *item)
{
    const Core::EnumType *e = m_document->schema().enumType(m_enumId);
    const int row = m_enumValues->row(item);
    if (!e || row < 0 || row >= e->values.size())
        return;
    const QString old = e->values.at(row);
    const QString value = item->text().trimmed();
    bool ok = false;
    if (value.isEmpty()) {
        refuse(m_valuesError, tr("An enum value needs a name."));
    } else {
        Core::EnumType copy = *e;
        copy.values[row] = value;
        // Column defaults that name the old value follow the rename.
        std::vector<Core::Table> tables;
        for (const Core::Table &t : m_document->schema().tables) {
            Core::Table nt = t;
            bool changed = false;
            for (Core::Column &c : nt.columns) {
                const QString *d = std::get_if<QString>(&c.defaultValue);
                if (c.type.kind == Core::TypeKind::Enum && c.type.enumId == e->id && d
                    && *d == old) {
                    c.defaultValue = value;
                    changed = true;
                }
            }
            if (changed)
                tables.push_back(nt);
        }
        ok = commitEnum(copy, tr("Rename enum value “%1” to “%2”").arg(old, value),
                        m_valuesError, tables);
    }
    // Refused: the document's value again; accepted: the value as stored (trimmed).
    const QString shown = ok ? value : old;
    if (item->text() != shown) {
        const QScopedValueRollback<bool> loading(m_loading, true);
        const QSignalBlocker blocker(m_enumValues);
        item->setText(shown);
    }
}

} // namespace Ui
