// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Inspector: edits the properties of the selected table (its columns, their validation
// constraints and the table's validators) or relationship. A view over the SchemaDocument: every
// committed field is one document edit (one undo step), and the fields are refilled from the
// document when it announces a change to the shown object.

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QsciScintilla;

namespace Core {
class SchemaDocument;
struct ChangeSet;
struct Column;
struct Relationship;
struct Table;
struct Validator;
}

namespace Ui {

class CodeEditor;

class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Core::SchemaDocument *document, QWidget *parent = nullptr);
    ~Inspector() override;

    void clear(); // shows the hint
    void showTable(const QString &tableId);
    void showRelationship(const QString &relId);
    // Within the shown table: the column whose properties are shown, the validator being edited.
    void setCurrentColumn(const QString &columnId);
    void setCurrentValidator(const QString &validatorId);

    QString tableId() const { return m_tableId; }
    QString columnId() const { return m_columnId; }
    QString relationshipId() const { return m_relId; }
    QString validatorId() const { return m_validatorId; }

    // Starts a new validator in the editor; nothing is in the document until applyValidator().
    void newValidator();
    // Checks the edited validator (body syntax, name, columns) and commits it as one edit;
    // false, with the reason shown under the editor, when it is refused.
    bool applyValidator();
    // The message of the last refused edit (empty after a successful one).
    QString lastError() const { return m_lastError; }
    // The body editor of the validator section.
    CodeEditor *validatorBodyEditor() const { return m_valBody; }

private:
    enum class Page { Hint, Table, Relationship };

    void buildTablePage();
    void buildRelationshipPage();
    void onChanged(const Core::ChangeSet &changes);
    void onReset();
    void loadTable();
    void loadColumn();
    void loadValidator();
    void loadRelationship();
    void updateColumnRows();

    const Core::Table *table() const;
    const Core::Column *column() const;
    const Core::Relationship *relationship() const;

    // Committing: each builds the changed copy and pushes one document edit when it differs.
    void commitTable(const std::function<void(Core::Table &)> &change, const QString &what,
                     QLabel *errorLabel);
    void commitColumn(const std::function<void(Core::Column &)> &change, QLabel *errorLabel);
    void commitRelationship(const std::function<void(Core::Relationship &)> &change);
    void refuse(QLabel *errorLabel, const QString &message);
    void accept(QLabel *errorLabel);
    // A problem the edit would add to the design's structural validation, or empty.
    QString newProblem(const Core::Table &proposed) const;
    QString newProblem(const Core::Relationship &proposed) const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commitAllowedValues();

    void addColumn();
    void removeColumn();
    void moveColumn(int delta);
    void removeValidator();

    Core::SchemaDocument *m_document;
    QString m_tableId;
    QString m_columnId;
    QString m_relId;
    QString m_validatorId; // empty while a new, uncommitted validator is edited
    bool m_validatorDraft = false;
    QString m_lastError;
    QString m_loadedValidator; // what the editor was last filled with, to keep unapplied edits
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLabel *m_hint;

    // Table page.
    QScrollArea *m_tableScroll;
    QLineEdit *m_tableName;
    QLineEdit *m_className;
    QLineEdit *m_schema;
    QLineEdit *m_tableComment;
    QLabel *m_tableError;
    QTreeWidget *m_columns;
    QToolButton *m_addColumn;
    QToolButton *m_removeColumn;
    QToolButton *m_columnUp;
    QToolButton *m_columnDown;

    QGroupBox *m_columnBox;
    QFormLayout *m_columnForm;
    QLineEdit *m_colName;
    QLineEdit *m_attribute;
    QComboBox *m_kind;
    QSpinBox *m_length;
    QSpinBox *m_precision;
    QSpinBox *m_scale;
    QCheckBox *m_timezone;
    QComboBox *m_enum;
    QLineEdit *m_sql;
    QCheckBox *m_array;
    QCheckBox *m_nullable;
    QCheckBox *m_primaryKey;
    QCheckBox *m_autoincrement;
    QCheckBox *m_unique;
    QCheckBox *m_index;
    QLineEdit *m_default;
    QComboBox *m_defaultFactory;
    QLineEdit *m_serverDefault;
    QLineEdit *m_colComment;
    QLabel *m_columnError;

    QGroupBox *m_validationBox;
    QFormLayout *m_validationForm;
    QLineEdit *m_gt;
    QLineEdit *m_ge;
    QLineEdit *m_lt;
    QLineEdit *m_le;
    QLineEdit *m_multipleOf;
    QCheckBox *m_checkBounds;
    QLineEdit *m_minLength;
    QLineEdit *m_maxLength;
    QCheckBox *m_checkLength;
    QLineEdit *m_pattern;
    QPlainTextEdit *m_allowed;
    QCheckBox *m_checkValues;
    QComboBox *m_format;
    QLabel *m_validationError;

    QGroupBox *m_validatorsBox;
    QListWidget *m_validators;
    QToolButton *m_addValidator;
    QToolButton *m_removeValidator;
    QWidget *m_validatorEditor;
    QLineEdit *m_valName;
    QComboBox *m_valKind;
    QListWidget *m_valColumns;
    QComboBox *m_valMode;
    CodeEditor *m_valBody;
    QsciScintilla *m_valBodyEdit;
    QPushButton *m_valApply;
    QLabel *m_valError;

    // Relationship page.
    QLabel *m_relSummary;
    QComboBox *m_relKind;
    QLineEdit *m_parentAttr;
    QLineEdit *m_childAttr;
    QCheckBox *m_cascade;
    QComboBox *m_passive;
    QComboBox *m_lazy;
    QCheckBox *m_viewOnly;
    QLabel *m_relError;
};

} // namespace Ui
