// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector.h"

#include "codeeditor.h"
#include "document.h"
#include "inspectorparts.h"
#include "naming.h"
#include "schema.h"
#include "tableitem.h"
#include "validate.h"
#include "validatorcheck.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Ui {

namespace {

using Core::TypeKind;

bool isNumberKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger
           || k == TypeKind::Float || k == TypeKind::Numeric;
}

bool isIntegerKind(TypeKind k)
{
    return k == TypeKind::Integer || k == TypeKind::BigInteger || k == TypeKind::SmallInteger;
}

bool isTextKind(TypeKind k) { return k == TypeKind::String || k == TypeKind::Text; }

QString numberText(const std::optional<double> &v)
{
    if (!v)
        return {};
    if (*v == std::floor(*v) && std::abs(*v) < 1e15)
        return QString::number(qint64(*v));
    return QString::number(*v, 'g', 15);
}

// Empty: unset. Accepts the C spelling (1.5) and the user's locale (1,5).
bool parseOptionalNumber(const QString &text, std::optional<double> *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out->reset();
        return true;
    }
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

bool parseOptionalInt(const QString &text, std::optional<int> *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        out->reset();
        return true;
    }
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

QString defaultText(const Core::DefaultValue &v)
{
    if (const bool *b = std::get_if<bool>(&v))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const qint64 *i = std::get_if<qint64>(&v))
        return QString::number(*i);
    if (const double *d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 15);
    if (const QString *s = std::get_if<QString>(&v))
        return s->isEmpty() ? QStringLiteral("\"\"") : *s;
    return {};
}

// The default as the user typed it, in the JSON kind the column's type takes; false when the
// text does not suit the type. `""` is the empty string.
bool parseDefault(const QString &text, const Core::ColumnType &type, Core::DefaultValue *out)
{
    if (text.isEmpty()) {
        *out = Core::NoDefault{};
        return true;
    }
    const QString t = text.trimmed();
    if (type.array)
        return false;
    bool ok = false;
    switch (type.kind) {
    case TypeKind::Boolean:
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            *out = true;
            return true;
        }
        if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            *out = false;
            return true;
        }
        return false;
    case TypeKind::Integer:
    case TypeKind::BigInteger:
    case TypeKind::SmallInteger: {
        const qint64 i = t.toLongLong(&ok);
        if (ok)
            *out = i;
        return ok;
    }
    case TypeKind::Float: {
        const qint64 i = t.toLongLong(&ok);
        if (ok) {
            *out = i;
            return true;
        }
        const double d = QLocale::c().toDouble(t, &ok);
        if (ok && std::isfinite(d))
            *out = d;
        return ok && std::isfinite(d);
    }
    case TypeKind::Numeric: {
        static const QRegularExpression decimal(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
        if (!decimal.match(t).hasMatch())
            return false;
        *out = t;
        return true;
    }
    default:
        *out = text == QLatin1String("\"\"") ? QString() : text;
        return true;
    }
}

QStringList parseAllowedValues(const QString &text)
{
    QStringList parts = text.contains(u'\n') ? text.split(u'\n') : text.split(u',');
    QStringList values;
    for (QString &p : parts) {
        p = p.trimmed();
        if (!p.isEmpty())
            values << p;
    }
    return values;
}

QString allowedValuesText(const QStringList &values)
{
    for (const QString &v : values) {
        if (v.contains(u','))
            return values.join(u'\n');
    }
    return values.join(QLatin1String(", "));
}

bool hasBounds(const Core::ColumnConstraints &k) { return k.gt || k.ge || k.lt || k.le; }
bool hasLengths(const Core::ColumnConstraints &k) { return k.minLength || k.maxLength; }

// Drops the database options whose constraint is gone, and what the new kind cannot use.
void normalizeConstraints(Core::Column &c)
{
    Core::ColumnConstraints &k = c.constraints;
    if (!isNumberKind(c.type.kind)) {
        k.gt.reset();
        k.ge.reset();
        k.lt.reset();
        k.le.reset();
        k.multipleOf.reset();
    }
    if (!isTextKind(c.type.kind) && !c.type.array) {
        k.minLength.reset();
        k.maxLength.reset();
    }
    if (!isTextKind(c.type.kind)) {
        k.pattern.clear();
        k.format.clear();
    }
    if (!isTextKind(c.type.kind) && !isNumberKind(c.type.kind))
        k.allowedValues.clear();
    if (!hasBounds(k))
        k.checkBounds = false;
    if (!hasLengths(k))
        k.checkLength = false;
    if (k.allowedValues.isEmpty())
        k.checkValues = false;
}

QString validatorKey(const Core::Validator &v)
{
    return v.id + u'\x1f' + v.name + u'\x1f' + (v.model ? u'm' : u'f') + u'\x1f'
           + v.columns.join(u',') + u'\x1f' + v.mode + u'\x1f' + v.body;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    return inspectorButton(text, tip, parent);
}

QLabel *errorLabel(QWidget *parent) { return inspectorErrorLabel(parent); }

} // namespace

Inspector::Inspector(Core::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_hint->setText(tr("Select a table or a relationship on the canvas, or an enum in the "
                       "Tables list, to edit its properties."));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(16);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *hintPage = new QWidget(m_stack);
    auto *hv = new QVBoxLayout(hintPage);
    hv->addStretch(1);
    hv->addWidget(m_hint);
    m_hintNewEnum = new QPushButton(tr("New &Enum"), hintPage);
    m_hintNewEnum->setObjectName(QStringLiteral("hintNewEnum"));
    m_hintNewEnum->setToolTip(tr("Add an enum to the design: a Python enum class and, in "
                                 "PostgreSQL, a CREATE TYPE … AS ENUM"));
    hv->addWidget(m_hintNewEnum, 0, Qt::AlignHCenter);
    hv->addStretch(1);
    connect(m_hintNewEnum, &QPushButton::clicked, this, &Inspector::newEnum);
    m_stack->addWidget(hintPage);
    buildTablePage();
    buildRelationshipPage();
    buildEnumPage();

    connect(m_document, &Core::SchemaDocument::changed, this, &Inspector::onChanged);
    connect(m_document, &Core::SchemaDocument::schemaReset, this, &Inspector::onReset);
    clear();
}

Inspector::~Inspector() = default;

void Inspector::buildTablePage()
{
    m_tableScroll = new QScrollArea(m_stack);
    m_tableScroll->setObjectName(QStringLiteral("inspectorScroll"));
    m_tableScroll->setWidgetResizable(true);
    m_tableScroll->setFrameShape(QFrame::NoFrame);
    m_tableScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(m_tableScroll);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(8, 8, 8, 8);
    v->setSpacing(10);

    // --- Table ---
    auto *tableBox = new QGroupBox(tr("Table"), page);
    auto *tf = new QFormLayout(tableBox);
    tf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tf->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_tableName = new QLineEdit(tableBox);
    m_tableName->setObjectName(QStringLiteral("tableName"));
    m_tableName->setToolTip(tr("The SQL table name: __tablename__ = \"…\""));
    tf->addRow(tr("&Name:"), m_tableName);
    m_className = new QLineEdit(tableBox);
    m_className->setObjectName(QStringLiteral("className"));
    m_className->setToolTip(tr("The Python class name: class Name(NameBase, table=True). Empty: "
                               "derived from the table name."));
    tf->addRow(tr("C&lass:"), m_className);
    m_schema = new QLineEdit(tableBox);
    m_schema->setPlaceholderText(tr("default"));
    m_schema->setToolTip(tr("The PostgreSQL schema: __table_args__ = {\"schema\": …}"));
    tf->addRow(tr("Sc&hema:"), m_schema);
    m_tableComment = new QLineEdit(tableBox);
    m_tableComment->setToolTip(tr("The table comment: __table_args__ = {\"comment\": …}"));
    tf->addRow(tr("Co&mment:"), m_tableComment);
    m_tableError = errorLabel(tableBox);
    tf->addRow(m_tableError);
    v->addWidget(tableBox);

    connect(m_tableName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_tableName->text().trimmed();
        if (name.isEmpty())
            return refuse(m_tableError, tr("A table needs a name."));
        const Core::Table *t = table();
        for (const Core::Table &o : m_document->schema().tables) {
            if (t && o.id != t->id && o.schema == t->schema
                && o.name.compare(name, Qt::CaseInsensitive) == 0)
                return refuse(m_tableError,
                              tr("There is already a table named “%1”.").arg(o.name));
        }
        commitTable([&](Core::Table &x) { x.name = name; }, tr("Rename table to “%1”").arg(name),
                    m_tableError);
    });
    connect(m_className, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_className->text().trimmed();
        if (!name.isEmpty() && !Core::isIdentifier(name))
            return refuse(m_tableError, tr("“%1” is not a Python identifier.").arg(name));
        commitTable([&](Core::Table &x) { x.className = name; }, tr("Change class name"),
                    m_tableError);
    });
    connect(m_schema, &QLineEdit::editingFinished, this, [this] {
        const QString s = m_schema->text().trimmed();
        commitTable([&](Core::Table &x) { x.schema = s; }, tr("Change table schema"), m_tableError);
    });
    connect(m_tableComment, &QLineEdit::editingFinished, this, [this] {
        const QString s = m_tableComment->text();
        commitTable([&](Core::Table &x) { x.comment = s; }, tr("Change table comment"),
                    m_tableError);
    });

    // --- Columns ---
    auto *colsBox = new QGroupBox(tr("Columns"), page);
    auto *cv = new QVBoxLayout(colsBox);
    m_columns = new QTreeWidget(colsBox);
    m_columns->setObjectName(QStringLiteral("inspectorColumns"));
    m_columns->setHeaderLabels({tr("Column"), tr("Type"), tr("Keys")});
    m_columns->setRootIsDecorated(false);
    m_columns->setUniformRowHeights(true);
    m_columns->setAlternatingRowColors(true);
    m_columns->header()->setStretchLastSection(false);
    m_columns->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_columns->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_columns->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->setToolTip(tr("The table's fields, in the order the class declares them"));
    cv->addWidget(m_columns);
    auto *cb = new QHBoxLayout;
    m_addColumn = toolButton(tr("Add"), tr("Add a column after the selected one"), colsBox);
    m_removeColumn = toolButton(
        tr("Remove"), tr("Delete the selected column (and the keys that use it)"), colsBox);
    m_columnUp = toolButton(
        tr("Up"), tr("Move the selected column up: fields are declared in this order"), colsBox);
    m_columnDown = toolButton(
        tr("Down"), tr("Move the selected column down: fields are declared in this order"),
        colsBox);
    for (QToolButton *b : {m_addColumn, m_removeColumn, m_columnUp, m_columnDown})
        cb->addWidget(b);
    cb->addStretch(1);
    cv->addLayout(cb);
    v->addWidget(colsBox);
    connect(m_columns, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_loading)
            return;
        m_columnId = item ? item->data(0, Qt::UserRole).toString() : QString();
        loadColumn();
    });
    // Keyboard: Delete removes the current column, Alt+Up and Alt+Down move it.
    auto *del = new QShortcut(QKeySequence::Delete, m_columns, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &Inspector::removeColumn);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_columns, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveColumn(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_columns, nullptr, nullptr,
                               Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveColumn(1); });
    connect(m_addColumn, &QToolButton::clicked, this, &Inspector::addColumn);
    connect(m_removeColumn, &QToolButton::clicked, this, &Inspector::removeColumn);
    connect(m_columnUp, &QToolButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_columnDown, &QToolButton::clicked, this, [this] { moveColumn(1); });

    // --- Column ---
    m_columnBox = new QGroupBox(tr("Column"), page);
    m_columnForm = new QFormLayout(m_columnBox);
    m_columnForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_columnForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_colName = new QLineEdit(m_columnBox);
    m_colName->setObjectName(QStringLiteral("columnName"));
    m_colName->setToolTip(tr("The SQL column name; when it differs from the attribute: "
                             "Field(sa_column_kwargs={\"name\": …})"));
    m_columnForm->addRow(tr("Na&me:"), m_colName);
    m_attribute = new QLineEdit(m_columnBox);
    m_attribute->setToolTip(tr("The Python attribute: attribute: type = Field(…). Empty: derived "
                               "from the column name."));
    m_columnForm->addRow(tr("&Attribute:"), m_attribute);
    m_kind = new QComboBox(m_columnBox);
    const std::pair<TypeKind, QString> kinds[] = {
        {TypeKind::Integer, tr("Integer")},       {TypeKind::BigInteger, tr("Big integer")},
        {TypeKind::SmallInteger, tr("Small integer")}, {TypeKind::String, tr("String")},
        {TypeKind::Text, tr("Text")},             {TypeKind::Boolean, tr("Boolean")},
        {TypeKind::Float, tr("Float")},           {TypeKind::Numeric, tr("Decimal")},
        {TypeKind::Date, tr("Date")},             {TypeKind::Time, tr("Time")},
        {TypeKind::DateTime, tr("Date and time")}, {TypeKind::Interval, tr("Interval")},
        {TypeKind::Uuid, tr("UUID")},             {TypeKind::Json, tr("JSON")},
        {TypeKind::Jsonb, tr("JSONB")},           {TypeKind::LargeBinary, tr("Binary")},
        {TypeKind::Enum, tr("Enum")},             {TypeKind::Dialect, tr("Dialect SQL type")},
    };
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, int(kind));
    m_kind->setToolTip(tr("The annotation and the SQL type: int, str, Decimal, datetime, "
                          "uuid.UUID, an enum class, or sa_type=… for the others"));
    m_columnForm->addRow(tr("&Type:"), m_kind);
    m_length = new QSpinBox(m_columnBox);
    m_length->setRange(0, 1000000);
    m_length->setSpecialValueText(tr("unbounded"));
    m_length->setToolTip(tr("VARCHAR(n): Field(max_length=n)"));
    m_columnForm->addRow(tr("&Length:"), m_length);
    m_precision = new QSpinBox(m_columnBox);
    m_precision->setRange(0, 1000);
    m_precision->setSpecialValueText(tr("unspecified"));
    m_precision->setToolTip(tr("NUMERIC(precision, scale): Field(max_digits=…)"));
    m_columnForm->addRow(tr("&Precision:"), m_precision);
    m_scale = new QSpinBox(m_columnBox);
    m_scale->setRange(0, 1000);
    m_scale->setToolTip(tr("NUMERIC(precision, scale): Field(decimal_places=…)"));
    m_columnForm->addRow(tr("&Scale:"), m_scale);
    m_timezone = new QCheckBox(tr("With time &zone"), m_columnBox);
    m_timezone->setToolTip(tr("sa_type=sa.DateTime(timezone=True), an aware datetime"));
    m_columnForm->addRow(QString(), m_timezone);
    m_enum = new QComboBox(m_columnBox);
    m_enum->setObjectName(QStringLiteral("columnEnum"));
    m_enum->setToolTip(tr("The enum class used as the annotation, e.g. status: OrderStatus"));
    m_columnForm->addRow(tr("&Enum:"), m_enum);
    m_sql = new QLineEdit(m_columnBox);
    m_sql->setPlaceholderText(tr("e.g. tsvector"));
    m_sql->setToolTip(tr("The verbatim SQL type: sa_type=…"));
    m_columnForm->addRow(tr("S&QL type:"), m_sql);
    m_array = new QCheckBox(tr("A&rray (PostgreSQL)"), m_columnBox);
    m_array->setToolTip(tr("list[…] with sa_type=ARRAY(…)"));
    m_columnForm->addRow(QString(), m_array);

    auto *flags = new QWidget(m_columnBox);
    auto *fg = new QGridLayout(flags);
    fg->setContentsMargins(0, 0, 0, 0);
    m_nullable = new QCheckBox(tr("N&ullable"), flags);
    m_nullable->setObjectName(QStringLiteral("nullable"));
    m_nullable->setToolTip(tr("X | None = None, and a NULL-able column"));
    m_primaryKey = new QCheckBox(tr("Primar&y key"), flags);
    m_primaryKey->setObjectName(QStringLiteral("primaryKey"));
    m_primaryKey->setToolTip(tr("Field(primary_key=True)"));
    m_autoincrement = new QCheckBox(tr("Auto&increment"), flags);
    m_autoincrement->setToolTip(tr("The database generates the key: id: int | None = "
                                   "Field(default=None, primary_key=True)"));
    m_unique = new QCheckBox(tr("U&nique"), flags);
    m_unique->setToolTip(tr("Field(unique=True)"));
    m_index = new QCheckBox(tr("Inde&x"), flags);
    m_index->setToolTip(tr("Field(index=True)"));
    fg->addWidget(m_nullable, 0, 0);
    fg->addWidget(m_unique, 0, 1);
    fg->addWidget(m_primaryKey, 1, 0);
    fg->addWidget(m_index, 1, 1);
    fg->addWidget(m_autoincrement, 2, 0);
    fg->setColumnStretch(2, 1);
    m_columnForm->addRow(tr("Options:"), flags);
    // Tab through the options row by row, as they are laid out.
    QWidget::setTabOrder(m_nullable, m_unique);
    QWidget::setTabOrder(m_unique, m_primaryKey);
    QWidget::setTabOrder(m_primaryKey, m_index);
    QWidget::setTabOrder(m_index, m_autoincrement);

    m_default = new QLineEdit(m_columnBox);
    m_default->setPlaceholderText(tr("none"));
    m_default->setToolTip(tr("Field(default=…): a value of the column's type; \"\" is the empty "
                             "string"));
    m_columnForm->addRow(tr("&Default:"), m_default);
    m_defaultFactory = new QComboBox(m_columnBox);
    m_defaultFactory->addItem(tr("None"), int(Core::DefaultFactory::None));
    m_defaultFactory->addItem(tr("Current time (UTC)"), int(Core::DefaultFactory::NowUtc));
    m_defaultFactory->addItem(tr("New UUID (uuid4)"), int(Core::DefaultFactory::Uuid4));
    m_defaultFactory->addItem(tr("Empty list"), int(Core::DefaultFactory::EmptyList));
    m_defaultFactory->addItem(tr("Empty dict"), int(Core::DefaultFactory::EmptyDict));
    m_defaultFactory->setToolTip(tr("Field(default_factory=…)"));
    m_columnForm->addRow(tr("Default &factory:"), m_defaultFactory);
    m_serverDefault = new QLineEdit(m_columnBox);
    m_serverDefault->setPlaceholderText(tr("SQL expression"));
    m_serverDefault->setToolTip(tr("Field(sa_column_kwargs={\"server_default\": sa.text(…)})"));
    m_columnForm->addRow(tr("Ser&ver default:"), m_serverDefault);
    m_colComment = new QLineEdit(m_columnBox);
    m_colComment->setToolTip(tr("Field(sa_column_kwargs={\"comment\": …})"));
    m_columnForm->addRow(tr("Comme&nt:"), m_colComment);
    m_columnError = errorLabel(m_columnBox);
    m_columnForm->addRow(m_columnError);
    v->addWidget(m_columnBox);

    connect(m_colName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_colName->text().trimmed();
        const Core::Table *t = table();
        if (!t || !column())
            return;
        if (name.isEmpty())
            return refuse(m_columnError, tr("A column needs a name."));
        for (const Core::Column &o : t->columns) {
            if (o.id != m_columnId && o.name.compare(name, Qt::CaseInsensitive) == 0)
                return refuse(m_columnError, tr("“%1” already has a column named “%2”.")
                                                 .arg(t->name, o.name));
        }
        commitColumn([&](Core::Column &c) { c.name = name; }, m_columnError);
    });
    connect(m_attribute, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_attribute->text().trimmed();
        if (!name.isEmpty() && !Core::isIdentifier(name))
            return refuse(m_columnError, tr("“%1” is not a Python identifier.").arg(name));
        commitColumn([&](Core::Column &c) { c.attribute = name; }, m_columnError);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = TypeKind(m_kind->currentData().toInt());
        commitColumn([&](Core::Column &c) {
            c.type.kind = kind;
            const auto &enums = m_document->schema().enums;
            if (kind == TypeKind::Enum && c.type.enumId.isEmpty() && !enums.empty())
                c.type.enumId = enums.front().id;
            if (kind != TypeKind::Enum)
                c.type.enumId.clear();
            if (kind != TypeKind::Dialect)
                c.type.sql.clear();
            if (kind != TypeKind::String)
                c.type.length = 0;
            if (kind != TypeKind::Numeric)
                c.type.precision = c.type.scale = 0;
            if (kind != TypeKind::DateTime && kind != TypeKind::Time)
                c.type.timezone = false;
            if (!isIntegerKind(kind))
                c.autoincrement = false;
            // A default that does not suit the new type goes.
            Core::DefaultValue parsed;
            if (!parseDefault(defaultText(c.defaultValue), c.type, &parsed))
                parsed = Core::NoDefault{};
            c.defaultValue = parsed;
        }, m_columnError);
    });
    auto spin = [this](QSpinBox *box, int Core::ColumnType::*field) {
        connect(box, &QSpinBox::editingFinished, this, [this, box, field] {
            const int value = box->value();
            commitColumn([&](Core::Column &c) { c.type.*field = value; }, m_columnError);
        });
    };
    spin(m_length, &Core::ColumnType::length);
    spin(m_precision, &Core::ColumnType::precision);
    spin(m_scale, &Core::ColumnType::scale);
    connect(m_timezone, &QCheckBox::toggled, this, [this](bool on) {
        commitColumn([&](Core::Column &c) { c.type.timezone = on; }, m_columnError);
    });
    connect(m_enum, &QComboBox::activated, this, [this] {
        const QString id = m_enum->currentData().toString();
        commitColumn([&](Core::Column &c) { c.type.enumId = id; }, m_columnError);
    });
    connect(m_sql, &QLineEdit::editingFinished, this, [this] {
        const QString sql = m_sql->text().trimmed();
        commitColumn([&](Core::Column &c) { c.type.sql = sql; }, m_columnError);
    });
    connect(m_array, &QCheckBox::toggled, this, [this](bool on) {
        commitColumn([&](Core::Column &c) { c.type.array = on; }, m_columnError);
    });
    auto flag = [this](QCheckBox *box, bool Core::Column::*field) {
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
            commitColumn([&](Core::Column &c) {
                c.*field = on;
                if (field == &Core::Column::primaryKey && on)
                    c.nullable = false;
                if (!c.primaryKey)
                    c.autoincrement = false;
            }, m_columnError);
        });
    };
    flag(m_nullable, &Core::Column::nullable);
    flag(m_primaryKey, &Core::Column::primaryKey);
    flag(m_autoincrement, &Core::Column::autoincrement);
    flag(m_unique, &Core::Column::unique);
    flag(m_index, &Core::Column::index);
    connect(m_default, &QLineEdit::editingFinished, this, [this] {
        const Core::Column *c = column();
        if (!c)
            return;
        if (m_default->text() == defaultText(c->defaultValue))
            return accept(m_columnError); // e.g. a decimal kept as a number in the file
        Core::DefaultValue value;
        if (!parseDefault(m_default->text(), c->type, &value))
            return refuse(m_columnError, tr("“%1” is not a value of the column's type.")
                                             .arg(m_default->text()));
        commitColumn([&](Core::Column &x) {
            x.defaultValue = value;
            if (!std::holds_alternative<Core::NoDefault>(value))
                x.defaultFactory = Core::DefaultFactory::None;
        }, m_columnError);
    });
    connect(m_defaultFactory, &QComboBox::activated, this, [this] {
        const auto f = Core::DefaultFactory(m_defaultFactory->currentData().toInt());
        commitColumn([&](Core::Column &c) {
            c.defaultFactory = f;
            if (f != Core::DefaultFactory::None)
                c.defaultValue = Core::NoDefault{};
        }, m_columnError);
    });
    connect(m_serverDefault, &QLineEdit::editingFinished, this, [this] {
        const QString s = m_serverDefault->text().trimmed();
        commitColumn([&](Core::Column &c) { c.serverDefault = s; }, m_columnError);
    });
    connect(m_colComment, &QLineEdit::editingFinished, this, [this] {
        const QString s = m_colComment->text();
        commitColumn([&](Core::Column &c) { c.comment = s; }, m_columnError);
    });

    // --- Validation ---
    m_validationBox = new QGroupBox(tr("Validation"), page);
    m_validationBox->setObjectName(QStringLiteral("validationGroup"));
    m_validationForm = new QFormLayout(m_validationBox);
    m_validationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_validationForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto numberField = [this](const QString &tip) {
        auto *e = new QLineEdit(m_validationBox);
        e->setPlaceholderText(tr("not set"));
        e->setToolTip(tip);
        return e;
    };
    m_gt = numberField(tr("Field(gt=…): greater than"));
    m_validationForm->addRow(tr("Greater than:"), m_gt);
    m_ge = numberField(tr("Field(ge=…): greater than or equal to"));
    m_ge->setObjectName(QStringLiteral("constraintGe"));
    m_validationForm->addRow(tr("At least:"), m_ge);
    m_lt = numberField(tr("Field(lt=…): less than"));
    m_validationForm->addRow(tr("Less than:"), m_lt);
    m_le = numberField(tr("Field(le=…): less than or equal to"));
    m_validationForm->addRow(tr("At most:"), m_le);
    m_multipleOf = numberField(tr("Field(multiple_of=…)"));
    m_validationForm->addRow(tr("Multiple of:"), m_multipleOf);
    m_checkBounds = new QCheckBox(tr("Also enforce the bounds in the database"), m_validationBox);
    m_checkBounds->setObjectName(QStringLiteral("checkBounds"));
    m_checkBounds->setToolTip(
        tr("sa.CheckConstraint(…, name=\"<column>_range\") in __table_args__"));
    m_validationForm->addRow(QString(), m_checkBounds);
    m_minLength = numberField(tr("Field(min_length=…)"));
    m_validationForm->addRow(tr("Minimum length:"), m_minLength);
    m_maxLength = numberField(tr("Field(max_length=…), tighter than the column's length"));
    m_validationForm->addRow(tr("Maximum length:"), m_maxLength);
    m_checkLength = new QCheckBox(tr("Also enforce the lengths in the database"), m_validationBox);
    m_checkLength->setToolTip(
        tr("sa.CheckConstraint(…, name=\"<column>_length\") in __table_args__"));
    m_validationForm->addRow(QString(), m_checkLength);
    m_pattern = new QLineEdit(m_validationBox);
    m_pattern->setPlaceholderText(tr("Python regular expression"));
    m_pattern->setToolTip(tr("Field(schema_extra={\"pattern\": …})"));
    m_validationForm->addRow(tr("Pattern:"), m_pattern);
    m_allowed = new QPlainTextEdit(m_validationBox);
    m_allowed->setTabChangesFocus(true);
    m_allowed->setPlaceholderText(tr("Comma-separated, or one per line"));
    m_allowed->setToolTip(tr("A @field_validator that checks the value is one of these"));
    m_allowed->setFixedHeight(m_allowed->fontMetrics().lineSpacing() * 3 + 12);
    m_allowed->installEventFilter(this);
    m_validationForm->addRow(tr("Allowed values:"), m_allowed);
    m_checkValues = new QCheckBox(tr("Also enforce the values in the database"), m_validationBox);
    m_checkValues->setToolTip(
        tr("sa.CheckConstraint(\"<column> IN (…)\", name=\"<column>_values\")"));
    m_validationForm->addRow(QString(), m_checkValues);
    m_format = new QComboBox(m_validationBox);
    m_format->addItem(tr("None"), QString());
    m_format->addItem(tr("Email address"), QStringLiteral("email"));
    m_format->addItem(tr("URL"), QStringLiteral("url"));
    m_format->addItem(tr("UUID text"), QStringLiteral("uuid"));
    m_format->addItem(tr("Slug"), QStringLiteral("slug"));
    m_format->setToolTip(tr("email: EmailStr (needs the email-validator package); url, uuid, slug: "
                            "checked by a generated @field_validator"));
    m_validationForm->addRow(tr("Format:"), m_format);
    m_validationError = errorLabel(m_validationBox);
    m_validationForm->addRow(m_validationError);
    v->addWidget(m_validationBox);

    auto bound = [this](QLineEdit *e, std::optional<double> Core::ColumnConstraints::*field) {
        connect(e, &QLineEdit::editingFinished, this, [this, e, field] {
            std::optional<double> value;
            if (!parseOptionalNumber(e->text(), &value))
                return refuse(m_validationError, tr("“%1” is not a number.").arg(e->text()));
            commitColumn([&](Core::Column &c) { c.constraints.*field = value; }, m_validationError);
        });
    };
    bound(m_gt, &Core::ColumnConstraints::gt);
    bound(m_ge, &Core::ColumnConstraints::ge);
    bound(m_lt, &Core::ColumnConstraints::lt);
    bound(m_le, &Core::ColumnConstraints::le);
    bound(m_multipleOf, &Core::ColumnConstraints::multipleOf);
    auto length = [this](QLineEdit *e, std::optional<int> Core::ColumnConstraints::*field) {
        connect(e, &QLineEdit::editingFinished, this, [this, e, field] {
            std::optional<int> value;
            if (!parseOptionalInt(e->text(), &value))
                return refuse(m_validationError, tr("“%1” is not a length.").arg(e->text()));
            commitColumn([&](Core::Column &c) { c.constraints.*field = value; }, m_validationError);
        });
    };
    length(m_minLength, &Core::ColumnConstraints::minLength);
    length(m_maxLength, &Core::ColumnConstraints::maxLength);
    auto check = [this](QCheckBox *box, bool Core::ColumnConstraints::*field) {
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
            commitColumn([&](Core::Column &c) { c.constraints.*field = on; }, m_validationError);
        });
    };
    check(m_checkBounds, &Core::ColumnConstraints::checkBounds);
    check(m_checkLength, &Core::ColumnConstraints::checkLength);
    check(m_checkValues, &Core::ColumnConstraints::checkValues);
    connect(m_pattern, &QLineEdit::editingFinished, this, [this] {
        const QString p = m_pattern->text();
        if (!p.isEmpty() && !QRegularExpression(p).isValid())
            return refuse(m_validationError, tr("The pattern does not compile: %1")
                                                 .arg(QRegularExpression(p).errorString()));
        commitColumn([&](Core::Column &c) { c.constraints.pattern = p; }, m_validationError);
    });
    connect(m_format, &QComboBox::activated, this, [this] {
        const QString f = m_format->currentData().toString();
        commitColumn([&](Core::Column &c) { c.constraints.format = f; }, m_validationError);
    });

    buildConstraintSections(page, v);

    // --- Validators ---
    m_validatorsBox = new QGroupBox(tr("Validators"), page);
    auto *vv = new QVBoxLayout(m_validatorsBox);
    m_validators = new QListWidget(m_validatorsBox);
    m_validators->setObjectName(QStringLiteral("inspectorValidators"));
    m_validators->setToolTip(tr("@field_validator and @model_validator methods on the Base, Create "
                                "and Update models"));
    m_validators->setMaximumHeight(m_validators->fontMetrics().lineSpacing() * 4 + 12);
    vv->addWidget(m_validators);
    auto *vb = new QHBoxLayout;
    m_addValidator = toolButton(tr("Add"), tr("Write a new validator; it is added when applied"),
                                m_validatorsBox);
    m_removeValidator = toolButton(tr("Remove"), tr("Delete the selected validator"),
                                   m_validatorsBox);
    m_addValidator->setObjectName(QStringLiteral("addValidator"));
    vb->addWidget(m_addValidator);
    vb->addWidget(m_removeValidator);
    vb->addStretch(1);
    vv->addLayout(vb);
    m_validatorEditor = new QWidget(m_validatorsBox);
    auto *vf = new QFormLayout(m_validatorEditor);
    vf->setContentsMargins(0, 0, 0, 0);
    vf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    vf->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_valName = new QLineEdit(m_validatorEditor);
    m_valName->setObjectName(QStringLiteral("validatorName"));
    m_valName->setToolTip(tr("The method name: def name(cls, value)"));
    vf->addRow(tr("Method:"), m_valName);
    m_valKind = new QComboBox(m_validatorEditor);
    m_valKind->addItem(tr("Field validator"), false);
    m_valKind->addItem(tr("Model validator"), true);
    m_valKind->setToolTip(tr("@field_validator(\"column\", …) with value, or @model_validator with "
                             "self"));
    vf->addRow(tr("Kind:"), m_valKind);
    m_valColumns = new QListWidget(m_validatorEditor);
    m_valColumns->setToolTip(tr("The fields a @field_validator(…) validates"));
    m_valColumns->setMaximumHeight(m_valColumns->fontMetrics().lineSpacing() * 5 + 12);
    vf->addRow(tr("Columns:"), m_valColumns);
    m_valMode = new QComboBox(m_validatorEditor);
    m_valMode->setToolTip(tr("mode=\"before\", \"wrap\" or \"plain\"; after by default"));
    vf->addRow(tr("Mode:"), m_valMode);
    m_valBody = new CodeEditor(m_validatorEditor);
    m_valBody->setObjectName(QStringLiteral("validatorBody"));
    // CodeEditor is a read-only pane; the validator body is the one place where it is edited.
    m_valBodyEdit = m_valBody->findChild<QsciScintilla *>();
    m_valBodyEdit->setReadOnly(false);
    m_valBodyEdit->setMarginWidth(0, QStringLiteral("000"));
    m_valBodyEdit->setEdgeMode(QsciScintilla::EdgeNone);
    m_valBodyEdit->setFolding(QsciScintilla::NoFoldStyle);
    m_valBodyEdit->setAutoIndent(true);
    m_valBodyEdit->setIndentationsUseTabs(false);
    m_valBodyEdit->setIndentationWidth(4);
    m_valBody->setMinimumHeight(m_valBody->fontMetrics().lineSpacing() * 7);
    m_valBody->setToolTip(tr("The method body, Python; a field validator gets `value` and returns "
                             "it, a model validator returns `self`. Ctrl+Return applies."));
    vf->addRow(tr("Body:"), m_valBody);
    m_valError = errorLabel(m_validatorEditor);
    vf->addRow(m_valError);
    auto *ab = new QHBoxLayout;
    ab->addStretch(1);
    m_valApply = new QPushButton(tr("Apply"), m_validatorEditor);
    m_valApply->setObjectName(QStringLiteral("applyValidator"));
    m_valApply->setToolTip(tr("Check the body with Python and put the validator in the design"));
    ab->addWidget(m_valApply);
    vf->addRow(ab);
    vv->addWidget(m_validatorEditor);
    v->addWidget(m_validatorsBox);
    v->addStretch(1);

    auto fillModes = [this](bool model) {
        const QString current = m_valMode->currentData().toString();
        const QSignalBlocker blocker(m_valMode);
        m_valMode->clear();
        m_valMode->addItem(tr("After"), QString());
        m_valMode->addItem(tr("Before"), QStringLiteral("before"));
        m_valMode->addItem(tr("Wrap"), QStringLiteral("wrap"));
        if (!model)
            m_valMode->addItem(tr("Plain"), QStringLiteral("plain"));
        m_valMode->setCurrentIndex(qMax(0, m_valMode->findData(current)));
    };
    fillModes(false);
    connect(m_valKind, &QComboBox::currentIndexChanged, this, [this, fillModes] {
        const bool model = m_valKind->currentData().toBool();
        fillModes(model);
        m_valColumns->setEnabled(!model);
    });
    connect(m_validators, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_validatorDraft = false;
        m_validatorId = item->data(Qt::UserRole).toString();
        m_loadedValidator.clear();
        loadValidator();
    });
    connect(m_addValidator, &QToolButton::clicked, this, &Inspector::newValidator);
    connect(m_removeValidator, &QToolButton::clicked, this, &Inspector::removeValidator);
    connect(m_valApply, &QPushButton::clicked, this, &Inspector::applyValidator);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_validatorEditor);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &Inspector::applyValidator);

    m_tableScroll->setWidget(page);
    m_stack->addWidget(m_tableScroll);
}

void Inspector::buildRelationshipPage()
{
    auto *page = new QWidget(m_stack);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(8, 8, 8, 8);
    auto *box = new QGroupBox(tr("Relationship"), page);
    auto *f = new QFormLayout(box);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_relSummary = new QLabel(box);
    m_relSummary->setWordWrap(true);
    f->addRow(m_relSummary);
    m_relKind = new QComboBox(box);
    m_relKind->addItem(tr("One to many"), int(Core::RelationshipKind::OneToMany));
    m_relKind->addItem(tr("One to one"), int(Core::RelationshipKind::OneToOne));
    m_relKind->addItem(tr("Many to many"), int(Core::RelationshipKind::ManyToMany));
    m_relKind->setToolTip(tr("One to many: list[\"Child\"] on the parent; one to one: "
                             "sa_relationship_kwargs={\"uselist\": False}; many to many: "
                             "Relationship(link_model=…)"));
    f->addRow(tr("&Kind:"), m_relKind);
    m_parentAttr = new QLineEdit(box);
    m_parentAttr->setObjectName(QStringLiteral("parentAttribute"));
    m_parentAttr->setPlaceholderText(tr("none (one-directional)"));
    m_parentAttr->setToolTip(tr("The attribute on the parent class: name: list[\"Child\"] = "
                                "Relationship(back_populates=…)"));
    f->addRow(tr("&Parent attribute:"), m_parentAttr);
    m_childAttr = new QLineEdit(box);
    m_childAttr->setPlaceholderText(tr("none (one-directional)"));
    m_childAttr->setToolTip(tr("The attribute on the child class: name: \"Parent\" | None = "
                               "Relationship(back_populates=…)"));
    f->addRow(tr("&Child attribute:"), m_childAttr);
    m_cascade = new QCheckBox(tr("Ca&scade delete"), box);
    m_cascade->setToolTip(tr("Relationship(cascade_delete=True) and ondelete=\"CASCADE\""));
    f->addRow(QString(), m_cascade);
    m_passive = new QComboBox(box);
    m_passive->addItem(tr("No"), QString());
    m_passive->addItem(tr("Yes"), QStringLiteral("true"));
    m_passive->addItem(tr("All"), QStringLiteral("all"));
    m_passive->setToolTip(tr("Relationship(passive_deletes=True or \"all\"): let the database "
                             "delete the children"));
    f->addRow(tr("Passive &deletes:"), m_passive);
    m_lazy = new QComboBox(box);
    m_lazy->addItem(tr("Default"), QString());
    for (const char *l : {"select", "selectin", "joined", "subquery", "raise", "noload"})
        m_lazy->addItem(QString::fromLatin1(l), QString::fromLatin1(l));
    m_lazy->setToolTip(tr("sa_relationship_kwargs={\"lazy\": …}: how the related rows load"));
    f->addRow(tr("&Loading:"), m_lazy);
    m_viewOnly = new QCheckBox(tr("&View only"), box);
    m_viewOnly->setObjectName(QStringLiteral("viewOnly"));
    m_viewOnly->setToolTip(tr("sa_relationship_kwargs={\"viewonly\": True}: read-only, never "
                              "written"));
    f->addRow(QString(), m_viewOnly);
    m_relError = errorLabel(box);
    f->addRow(m_relError);
    v->addWidget(box);
    v->addStretch(1);
    m_stack->addWidget(page);

    connect(m_relKind, &QComboBox::activated, this, [this] {
        const auto kind = Core::RelationshipKind(m_relKind->currentData().toInt());
        commitRelationship([&](Core::Relationship &r) { r.kind = kind; });
    });
    auto attribute = [this](QLineEdit *e, QString Core::Relationship::*field) {
        connect(e, &QLineEdit::editingFinished, this, [this, e, field] {
            const QString name = e->text().trimmed();
            if (!name.isEmpty() && !Core::isIdentifier(name))
                return refuse(m_relError, tr("“%1” is not a Python identifier.").arg(name));
            commitRelationship([&](Core::Relationship &r) { r.*field = name; });
        });
    };
    attribute(m_parentAttr, &Core::Relationship::parentAttribute);
    attribute(m_childAttr, &Core::Relationship::childAttribute);
    connect(m_cascade, &QCheckBox::toggled, this, [this](bool on) {
        commitRelationship([&](Core::Relationship &r) { r.cascadeDelete = on; });
    });
    connect(m_passive, &QComboBox::activated, this, [this] {
        const QString p = m_passive->currentData().toString();
        commitRelationship([&](Core::Relationship &r) { r.passiveDeletes = p; });
    });
    connect(m_lazy, &QComboBox::activated, this, [this] {
        const QString l = m_lazy->currentData().toString();
        commitRelationship([&](Core::Relationship &r) { r.lazy = l; });
    });
    connect(m_viewOnly, &QCheckBox::toggled, this, [this](bool on) {
        commitRelationship([&](Core::Relationship &r) { r.viewOnly = on; });
    });
}

// --- Showing ---

void Inspector::clear()
{
    m_tableId.clear();
    m_columnId.clear();
    m_relId.clear();
    m_validatorId.clear();
    m_validatorDraft = false;
    m_loadedValidator.clear();
    m_enumId.clear();
    resetConstraintSelection();
    m_stack->setCurrentIndex(int(Page::Hint));
}

void Inspector::showTable(const QString &tableId)
{
    if (!m_document->schema().table(tableId))
        return clear();
    if (tableId != m_tableId) {
        m_tableId = tableId;
        m_relId.clear();
        const Core::Table *t = table();
        m_columnId = t->columns.empty() ? QString() : t->columns.front().id;
        m_validatorId = t->validators.empty() ? QString() : t->validators.front().id;
        m_validatorDraft = false;
        m_loadedValidator.clear();
        resetConstraintSelection();
        for (QLabel *l : {m_tableError, m_columnError, m_validationError, m_valError, m_pkError,
                          m_indexError, m_uniqueError, m_checkError, m_fkError})
            accept(l);
        m_tableScroll->verticalScrollBar()->setValue(0);
    }
    m_enumId.clear();
    m_stack->setCurrentIndex(int(Page::Table));
    loadTable();
}

void Inspector::showRelationship(const QString &relId)
{
    if (!m_document->schema().relationship(relId))
        return clear();
    m_tableId.clear();
    m_columnId.clear();
    m_validatorId.clear();
    m_enumId.clear();
    m_relId = relId;
    accept(m_relError);
    m_stack->setCurrentIndex(int(Page::Relationship));
    loadRelationship();
}

void Inspector::setCurrentColumn(const QString &columnId)
{
    const Core::Table *t = table();
    if (!t || !t->column(columnId))
        return;
    m_columnId = columnId;
    updateColumnRows();
    loadColumn();
}

void Inspector::setCurrentValidator(const QString &validatorId)
{
    m_validatorDraft = false;
    m_validatorId = validatorId;
    m_loadedValidator.clear();
    loadTable();
}

void Inspector::onChanged(const Core::ChangeSet &changes)
{
    if (changes.geometryOnly)
        return;
    if (!m_tableId.isEmpty() && changes.tables.contains(m_tableId)) {
        if (!table())
            return clear();
        loadTable();
    } else if (!m_enumId.isEmpty()) {
        // The page names the columns that use the enum, so a table change may concern it too.
        if (changes.enums.contains(m_enumId) || !changes.tables.isEmpty()) {
            if (!m_document->schema().enumType(m_enumId))
                return clear();
            loadEnum();
        }
    } else if (!m_relId.isEmpty()
               && (changes.relationships.contains(m_relId) || !changes.tables.isEmpty())) {
        // The summary names the tables, so a table change may concern it too.
        if (!relationship())
            return clear();
        loadRelationship();
    } else if (!m_tableId.isEmpty()) {
        if (!changes.enums.isEmpty())
            loadColumn(); // the enum list
        if (!changes.tables.isEmpty())
            loadForeignKeys(); // the referenced tables and their columns
    }
}

void Inspector::onReset()
{
    if (!m_tableId.isEmpty() && table()) {
        loadTable();
    } else if (!m_relId.isEmpty() && relationship()) {
        loadRelationship();
    } else if (!m_enumId.isEmpty() && m_document->schema().enumType(m_enumId)) {
        loadEnum();
    } else {
        clear();
    }
}

const Core::Table *Inspector::table() const { return m_document->schema().table(m_tableId); }

const Core::Column *Inspector::column() const
{
    const Core::Table *t = table();
    return t ? t->column(m_columnId) : nullptr;
}

const Core::Relationship *Inspector::relationship() const
{
    return m_document->schema().relationship(m_relId);
}

void Inspector::updateColumnRows()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    QSet<QString> fkColumns;
    for (const Core::ForeignKey &fk : t->foreignKeys) {
        for (const QString &c : fk.columns)
            fkColumns.insert(c);
    }
    m_columns->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Core::Column &c : t->columns) {
        auto *item = new QTreeWidgetItem(m_columns);
        item->setText(0, c.name);
        item->setText(1, columnTypeText(m_document->schema(), t->id, c.id)
                             + (c.nullable ? QStringLiteral("?") : QString()));
        QStringList keys;
        if (c.primaryKey)
            keys << tr("PK");
        if (fkColumns.contains(c.id))
            keys << tr("FK");
        if (c.unique)
            keys << tr("UQ");
        item->setText(2, keys.join(u' '));
        item->setData(0, Qt::UserRole, c.id);
        if (c.id == m_columnId)
            current = item;
    }
    if (!current && m_columns->topLevelItemCount() > 0) {
        current = m_columns->topLevelItem(0);
        m_columnId = current->data(0, Qt::UserRole).toString();
    } else if (!current) {
        m_columnId.clear();
    }
    if (current)
        m_columns->setCurrentItem(current);
    // As tall as the columns (between 3 and 12 rows): the page scrolls, not the list.
    const int rows = qBound(3, m_columns->topLevelItemCount(), 12);
    const int rowHeight = m_columns->topLevelItemCount() > 0
                              ? m_columns->visualItemRect(m_columns->topLevelItem(0)).height()
                              : 0;
    m_columns->setFixedHeight(m_columns->header()->sizeHint().height()
                              + rows * qMax(rowHeight, m_columns->fontMetrics().height() + 2)
                              + 2 * m_columns->frameWidth() + 2);
    const int row = current ? m_columns->indexOfTopLevelItem(current) : -1;
    m_removeColumn->setEnabled(current != nullptr);
    m_columnUp->setEnabled(row > 0);
    m_columnDown->setEnabled(row >= 0 && row + 1 < m_columns->topLevelItemCount());
}

void Inspector::loadTable()
{
    const Core::Table *t = table();
    if (!t)
        return clear();
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_tableName->setText(t->name);
        m_className->setText(t->className);
        m_className->setPlaceholderText(Core::classNameFromTableName(t->name));
        m_schema->setText(t->schema);
        m_tableComment->setText(t->comment);
    }
    updateColumnRows();
    loadColumn();

    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_validators->clear();
        QListWidgetItem *current = nullptr;
        for (const Core::Validator &v : t->validators) {
            auto *item = new QListWidgetItem(m_validators);
            QStringList cols;
            for (const QString &id : v.columns) {
                if (const Core::Column *c = t->column(id))
                    cols << c->name;
            }
            const QString columnList = cols.join(QLatin1String(", "));
            item->setText(v.model ? tr("%1 (model)").arg(v.name)
                                  : QStringLiteral("%1 (%2)").arg(v.name, columnList));
            item->setData(Qt::UserRole, v.id);
            if (v.id == m_validatorId)
                current = item;
        }
        if (!m_validatorDraft && !current && m_validators->count() > 0) {
            current = m_validators->item(0);
            m_validatorId = current->data(Qt::UserRole).toString();
            m_loadedValidator.clear();
        }
        if (current)
            m_validators->setCurrentItem(current);
        else
            m_validators->clearSelection();
        m_removeValidator->setEnabled(current != nullptr && !m_validatorDraft);
    }
    loadValidator();
    loadConstraints();
}

void Inspector::loadColumn()
{
    const Core::Column *c = column();
    m_columnBox->setVisible(c != nullptr);
    m_validationBox->setVisible(c != nullptr);
    if (!c)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QList<QWidget *> fields =
        m_columnBox->findChildren<QWidget *>() + m_validationBox->findChildren<QWidget *>();
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : fields)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));

    m_columnBox->setTitle(tr("Column “%1”").arg(c->name));
    m_colName->setText(c->name);
    m_attribute->setText(c->attribute);
    m_attribute->setPlaceholderText(Core::safeAttributeName(c->name));
    const TypeKind kind = c->type.kind;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_length->setValue(c->type.length);
    m_precision->setValue(c->type.precision);
    m_scale->setValue(c->type.scale);
    m_timezone->setChecked(c->type.timezone);
    m_enum->clear();
    for (const Core::EnumType &e : m_document->schema().enums)
        m_enum->addItem(e.name, e.id);
    m_enum->setCurrentIndex(m_enum->findData(c->type.enumId));
    m_sql->setText(c->type.sql);
    m_array->setChecked(c->type.array);
    m_columnForm->setRowVisible(m_length, kind == TypeKind::String);
    m_columnForm->setRowVisible(m_precision, kind == TypeKind::Numeric);
    m_columnForm->setRowVisible(m_scale, kind == TypeKind::Numeric);
    m_columnForm->setRowVisible(m_timezone, kind == TypeKind::DateTime || kind == TypeKind::Time);
    m_columnForm->setRowVisible(m_enum, kind == TypeKind::Enum);
    m_columnForm->setRowVisible(m_sql, kind == TypeKind::Dialect);
    m_nullable->setChecked(c->nullable);
    m_primaryKey->setChecked(c->primaryKey);
    m_autoincrement->setChecked(c->autoincrement);
    m_autoincrement->setEnabled(c->primaryKey && isIntegerKind(kind));
    m_unique->setChecked(c->unique);
    m_index->setChecked(c->index);
    m_default->setText(defaultText(c->defaultValue));
    m_defaultFactory->setCurrentIndex(m_defaultFactory->findData(int(c->defaultFactory)));
    m_serverDefault->setText(c->serverDefault);
    m_colComment->setText(c->comment);

    const Core::ColumnConstraints &k = c->constraints;
    m_gt->setText(numberText(k.gt));
    m_ge->setText(numberText(k.ge));
    m_lt->setText(numberText(k.lt));
    m_le->setText(numberText(k.le));
    m_multipleOf->setText(numberText(k.multipleOf));
    m_checkBounds->setChecked(k.checkBounds);
    m_checkBounds->setEnabled(hasBounds(k) || k.checkBounds);
    m_minLength->setText(k.minLength ? QString::number(*k.minLength) : QString());
    m_maxLength->setText(k.maxLength ? QString::number(*k.maxLength) : QString());
    m_checkLength->setChecked(k.checkLength);
    m_checkLength->setEnabled(hasLengths(k) || k.checkLength);
    m_pattern->setText(k.pattern);
    // Keep the user's own spelling while they type, unless the values differ.
    if (!m_allowed->hasFocus()
        || parseAllowedValues(m_allowed->toPlainText()) != k.allowedValues)
        m_allowed->setPlainText(allowedValuesText(k.allowedValues));
    m_checkValues->setChecked(k.checkValues);
    m_checkValues->setEnabled(!k.allowedValues.isEmpty() || k.checkValues);
    m_format->setCurrentIndex(qMax(0, m_format->findData(k.format)));

    const bool number = isNumberKind(kind) && !c->type.array;
    const bool text = isTextKind(kind);
    for (QWidget *w : QList<QWidget *>{m_gt, m_ge, m_lt, m_le, m_multipleOf, m_checkBounds})
        m_validationForm->setRowVisible(w, number);
    for (QWidget *w : QList<QWidget *>{m_minLength, m_maxLength, m_checkLength})
        m_validationForm->setRowVisible(w, text || c->type.array);
    m_validationForm->setRowVisible(m_pattern, text);
    m_validationForm->setRowVisible(m_format, text);
    m_validationForm->setRowVisible(m_allowed, number || text);
    m_validationForm->setRowVisible(m_checkValues, number || text);
    // Kinds without any Pydantic constraint (booleans, dates, JSON, ...) have no Validation group.
    m_validationBox->setVisible(number || text || c->type.array);
}

void Inspector::loadValidator()
{
    const Core::Table *t = table();
    if (!t)
        return;
    const Core::Validator *current = nullptr;
    for (const Core::Validator &v : t->validators) {
        if (v.id == m_validatorId)
            current = &v;
    }
    m_validatorEditor->setVisible(current != nullptr || m_validatorDraft);
    if (!current && !m_validatorDraft)
        return;
    // Keep what the user has typed and not applied yet when the validator itself did not change.
    const QString key = current ? validatorKey(*current) : QString();
    const bool keepEdits =
        m_validatorDraft || (!m_loadedValidator.isEmpty() && key == m_loadedValidator);
    QStringList checked;
    if (keepEdits) {
        for (int i = 0; i < m_valColumns->count(); ++i) {
            if (m_valColumns->item(i)->checkState() == Qt::Checked)
                checked << m_valColumns->item(i)->data(Qt::UserRole).toString();
        }
    } else if (current) {
        checked = current->columns;
    }
    m_valColumns->clear();
    for (const Core::Column &c : t->columns) {
        auto *item = new QListWidgetItem(c.name, m_valColumns);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (keepEdits)
        return;
    m_valName->setText(current->name);
    m_valKind->setCurrentIndex(current->model ? 1 : 0);
    m_valMode->setCurrentIndex(qMax(0, m_valMode->findData(current->mode)));
    m_valBodyEdit->setText(current->body);
    accept(m_valError);
    m_loadedValidator = key;
}

void Inspector::loadRelationship()
{
    const Core::Relationship *r = relationship();
    if (!r)
        return clear();
    const Core::Schema &s = m_document->schema();
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QList<QWidget *> fields =
        m_stack->widget(int(Page::Relationship))->findChildren<QWidget *>();
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : fields)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));

    const Core::Table *fkTable = s.tableOfForeignKey(r->foreignKey);
    const Core::ForeignKey *fk = fkTable ? fkTable->foreignKey(r->foreignKey) : nullptr;
    const Core::Table *parent = fk ? s.table(fk->refTable) : nullptr;
    auto name = [](const Core::Table *t) {
        return t ? Core::tableClassName(*t) : QStringLiteral("?");
    };
    if (r->kind == Core::RelationshipKind::ManyToMany) {
        const Core::Table *second = nullptr;
        if (const Core::Table *lt = s.tableOfForeignKey(r->secondForeignKey)) {
            if (const Core::ForeignKey *fk2 = lt->foreignKey(r->secondForeignKey))
                second = s.table(fk2->refTable);
        }
        m_relSummary->setText(tr("<b>%1</b> and <b>%2</b>, linked through <b>%3</b>")
                                  .arg(name(parent), name(second), name(fkTable)));
        m_parentAttr->setToolTip(tr("The list on %1: name: list[\"%2\"] = "
                                    "Relationship(link_model=%3)")
                                     .arg(name(parent), name(second), name(fkTable)));
        m_childAttr->setToolTip(tr("The list on %1: name: list[\"%2\"] = "
                                   "Relationship(link_model=%3)")
                                    .arg(name(second), name(parent), name(fkTable)));
    } else {
        m_relSummary->setText(
            tr("Parent <b>%1</b>, child <b>%2</b>").arg(name(parent), name(fkTable)));
        const QString tip = tr("The attribute on %1: Relationship(back_populates=…)");
        m_parentAttr->setToolTip(tip.arg(name(parent)));
        m_childAttr->setToolTip(tip.arg(name(fkTable)));
    }
    const bool m2m = r->kind == Core::RelationshipKind::ManyToMany;
    m_relKind->setCurrentIndex(m_relKind->findData(int(r->kind)));
    // The kind follows the foreign keys: one and two-key relationships do not convert.
    m_relKind->setEnabled(!m2m);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_relKind->model()))
        model->item(2)->setEnabled(m2m);
    m_parentAttr->setText(r->parentAttribute);
    m_childAttr->setText(r->childAttribute);
    m_cascade->setChecked(r->cascadeDelete);
    m_passive->setCurrentIndex(qMax(0, m_passive->findData(r->passiveDeletes)));
    m_lazy->setCurrentIndex(qMax(0, m_lazy->findData(r->lazy)));
    m_viewOnly->setChecked(r->viewOnly);
}

// --- Committing ---

void Inspector::refuse(QLabel *label, const QString &message)
{
    m_lastError = message;
    QPalette p = label->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->setText(message);
    label->setVisible(true);
}

void Inspector::accept(QLabel *label)
{
    m_lastError.clear();
    label->clear();
    label->setVisible(false);
}

// The first structural problem `next` has that `current` does not. Issues are told apart by their
// place (the JSON path), which a rename does not change, unlike the message that names the object.
namespace {

QString firstNewIssue(const Core::Schema &current, const Core::Schema &next)
{
    QSet<QString> before;
    for (const Core::ValidationIssue &i : Core::validate(current))
        before.insert(i.where);
    for (const Core::ValidationIssue &i : Core::validate(next)) {
        if (!before.contains(i.where))
            return i.message;
    }
    return {};
}

} // namespace

QString Inspector::newProblem(const Core::Table &proposed) const
{
    const Core::Schema &current = m_document->schema();
    Core::Schema next = current;
    if (Core::Table *t = next.table(proposed.id))
        *t = proposed;
    return firstNewIssue(current, next);
}

QString Inspector::newProblem(const Core::Schema &next) const
{
    return firstNewIssue(m_document->schema(), next);
}

QString Inspector::newProblem(const Core::Relationship &proposed) const
{
    const Core::Schema &current = m_document->schema();
    Core::Schema next = current;
    for (Core::Relationship &r : next.relationships) {
        if (r.id == proposed.id)
            r = proposed;
    }
    return firstNewIssue(current, next);
}

void Inspector::commitTable(const std::function<void(Core::Table &)> &change, const QString &what,
                            QLabel *label)
{
    if (m_loading)
        return;
    const Core::Table *t = table();
    if (!t)
        return;
    Core::Table copy = *t;
    change(copy);
    if (copy == *t)
        return accept(label);
    if (copy.name != t->name || copy.className != t->className || copy.schema != t->schema) {
        if (const QString problem = newProblem(copy); !problem.isEmpty())
            return refuse(label, problem);
    }
    accept(label);
    m_document->updateTable(copy, what);
}

void Inspector::commitColumn(const std::function<void(Core::Column &)> &change, QLabel *label)
{
    if (m_loading)
        return;
    const Core::Table *t = table();
    const Core::Column *c = column();
    if (!t || !c)
        return;
    Core::Column copy = *c;
    change(copy);
    normalizeConstraints(copy);
    if (copy == *c) {
        accept(label);
        return loadColumn(); // e.g. a checkbox whose toggle the normalization undid
    }
    if (copy.name != c->name || copy.attribute != c->attribute) {
        Core::Table proposed = *t;
        *proposed.column(copy.id) = copy;
        if (const QString problem = newProblem(proposed); !problem.isEmpty())
            return refuse(label, problem);
    }
    accept(label);
    if (copy.primaryKey != c->primaryKey && !t->primaryKeyOrder.isEmpty()) {
        // An explicit key order follows the key: a new key column goes last, a former one goes.
        Core::Table proposed = *t;
        *proposed.column(copy.id) = copy;
        if (copy.primaryKey)
            proposed.primaryKeyOrder << copy.id;
        else
            proposed.primaryKeyOrder.removeAll(copy.id);
        if (proposed.primaryKey().size() < 2)
            proposed.primaryKeyOrder.clear();
        return m_document->updateTable(proposed,
                                       tr("Change column “%1.%2”").arg(t->name, copy.name));
    }
    m_document->updateColumn(m_tableId, copy);
}

void Inspector::commitRelationship(const std::function<void(Core::Relationship &)> &change)
{
    if (m_loading)
        return;
    const Core::Relationship *r = relationship();
    if (!r)
        return;
    Core::Relationship copy = *r;
    change(copy);
    if (copy == *r)
        return accept(m_relError);
    if (copy.parentAttribute.isEmpty() && copy.childAttribute.isEmpty())
        return refuse(m_relError, tr("A relationship needs at least one attribute."));
    if (const QString problem = newProblem(copy); !problem.isEmpty())
        return refuse(m_relError, problem);
    accept(m_relError);
    m_document->updateRelationship(copy);
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_allowed && event->type() == QEvent::FocusOut)
        commitAllowedValues();
    return QWidget::eventFilter(watched, event);
}

void Inspector::commitAllowedValues()
{
    const QStringList values = parseAllowedValues(m_allowed->toPlainText());
    commitColumn([&](Core::Column &c) { c.constraints.allowedValues = values; }, m_validationError);
}

void Inspector::addColumn()
{
    const Core::Table *t = table();
    if (!t)
        return;
    QString name = QStringLiteral("new_column");
    for (int n = 2; t->columnByName(name); ++n)
        name = QStringLiteral("new_column_%1").arg(n);
    Core::Column c;
    c.name = name;
    c.type.kind = TypeKind::String;
    c.nullable = true;
    int position = -1;
    for (std::size_t i = 0; i < t->columns.size(); ++i) {
        if (t->columns[i].id == m_columnId)
            position = int(i) + 1;
    }
    c.id = Core::newId(QStringLiteral("c"));
    m_columnId = c.id;
    m_document->addColumn(m_tableId, c, position);
    m_colName->setFocus();
    m_colName->selectAll();
}

void Inspector::removeColumn()
{
    if (column())
        m_document->removeColumn(m_tableId, m_columnId);
}

void Inspector::moveColumn(int delta)
{
    const Core::Table *t = table();
    if (!t)
        return;
    Core::Table copy = *t;
    auto it = std::find_if(copy.columns.begin(), copy.columns.end(),
                           [&](const Core::Column &c) { return c.id == m_columnId; });
    if (it == copy.columns.end())
        return;
    const auto from = it - copy.columns.begin();
    const auto to = from + delta;
    if (to < 0 || to >= qsizetype(copy.columns.size()))
        return;
    std::swap(copy.columns[std::size_t(from)], copy.columns[std::size_t(to)]);
    m_document->updateTable(copy, delta < 0 ? tr("Move column “%1” up").arg(it->name)
                                            : tr("Move column “%1” down").arg(it->name));
}

// --- Validators ---

void Inspector::newValidator()
{
    const Core::Table *t = table();
    if (!t)
        return;
    m_validatorDraft = true;
    m_validatorId.clear();
    m_loadedValidator.clear();
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_validators->clearSelection();
        m_validators->setCurrentItem(nullptr);
    }
    m_removeValidator->setEnabled(false);
    const Core::Column *c = column();
    const QString stem = c ? Core::safeAttributeName(c->name) : QStringLiteral("row");
    QString name = QStringLiteral("check_%1").arg(stem);
    QStringList names;
    for (const Core::Validator &v : t->validators)
        names << v.name;
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("check_%1_%2").arg(stem).arg(n);
    m_valName->setText(name);
    m_valKind->setCurrentIndex(0);
    m_valMode->setCurrentIndex(0);
    m_validatorEditor->setVisible(true);
    loadValidator(); // the column list, with nothing checked
    for (int i = 0; i < m_valColumns->count(); ++i) {
        if (c && m_valColumns->item(i)->data(Qt::UserRole).toString() == c->id)
            m_valColumns->item(i)->setCheckState(Qt::Checked);
    }
    m_valBodyEdit->setText(QStringLiteral("return value\n"));
    accept(m_valError);
    m_valName->setFocus();
    m_valName->selectAll();
}

bool Inspector::applyValidator()
{
    const Core::Table *t = table();
    if (!t || (!m_validatorDraft && m_validatorId.isEmpty()))
        return false;
    Core::Validator v;
    if (!m_validatorDraft) {
        for (const Core::Validator &x : t->validators) {
            if (x.id == m_validatorId)
                v = x;
        }
        if (v.id.isEmpty())
            return false;
    } else {
        v.id = Core::newId(QStringLiteral("v"));
    }
    v.name = m_valName->text().trimmed();
    v.model = m_valKind->currentData().toBool();
    v.mode = m_valMode->currentData().toString();
    v.columns.clear();
    if (!v.model) {
        for (int i = 0; i < m_valColumns->count(); ++i) {
            if (m_valColumns->item(i)->checkState() == Qt::Checked)
                v.columns << m_valColumns->item(i)->data(Qt::UserRole).toString();
        }
    }
    v.body = m_valBody->code();

    if (!Core::isIdentifier(v.name)) {
        refuse(m_valError, tr("The method name must be a Python identifier."));
        return false;
    }
    if (!v.model && v.columns.isEmpty()) {
        refuse(m_valError, tr("Check the columns the field validator validates."));
        return false;
    }
    if (v.body.trimmed().isEmpty()) {
        refuse(m_valError, tr("The body is empty."));
        return false;
    }
    std::vector<Core::ValidatorSyntaxError> problems;
    QString error;
    if (!Core::checkValidatorBody(v.body, v.model, &problems, &error)) {
        refuse(m_valError, tr("The body cannot be checked: %1").arg(error));
        return false;
    }
    if (!problems.empty()) {
        const Core::ValidatorSyntaxError &p = problems.front();
        refuse(m_valError, tr("Line %1: %2").arg(p.line).arg(p.message));
        m_valBodyEdit->setCursorPosition(qMax(0, p.line - 1), 0);
        m_valBodyEdit->ensureLineVisible(qMax(0, p.line - 1));
        m_valBodyEdit->setFocus();
        return false;
    }
    Core::Table copy = *t;
    auto it = std::find_if(copy.validators.begin(), copy.validators.end(),
                           [&](const Core::Validator &x) { return x.id == v.id; });
    if (it == copy.validators.end())
        copy.validators.push_back(v);
    else if (*it == v)
        return true;
    else
        *it = v;
    if (const QString problem = newProblem(copy); !problem.isEmpty()) {
        refuse(m_valError, problem);
        return false;
    }
    accept(m_valError);
    const bool added = m_validatorDraft;
    m_validatorDraft = false;
    m_validatorId = v.id;
    m_loadedValidator.clear();
    m_document->updateTable(copy, added ? tr("Add validator “%1”").arg(v.name)
                                        : tr("Change validator “%1”").arg(v.name));
    return true;
}

void Inspector::removeValidator()
{
    const Core::Table *t = table();
    if (!t || m_validatorDraft || m_validatorId.isEmpty())
        return;
    Core::Table copy = *t;
    QString name;
    std::erase_if(copy.validators, [&](const Core::Validator &v) {
        if (v.id != m_validatorId)
            return false;
        name = v.name;
        return true;
    });
    if (copy.validators.size() == t->validators.size())
        return;
    m_validatorId.clear();
    m_loadedValidator.clear();
    m_document->updateTable(copy, tr("Delete validator “%1”").arg(name));
}

} // namespace Ui
