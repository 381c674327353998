// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Inspector: edits the properties of the selected table (its columns, their validation
// constraints, its primary key order, indexes, unique, check and foreign key constraints and
// validators), relationship or enum. A view over the SchemaDocument: every committed field is one
// document edit (one undo step), and the fields are refilled from the document when it announces a
// change to the shown object.

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QIcon;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;
class QPlainTextEdit;
class QVBoxLayout;
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
struct EnumType;
struct ForeignKey;
struct Relationship;
struct Schema;
struct Table;
struct Validator;
}

namespace Ui {

class CodeEditor;
class ColumnPicker;
class SectionBox;

class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Core::SchemaDocument *document, QWidget *parent = nullptr);
    ~Inspector() override;

    void clear(); // shows the hint
    void showTable(const QString &tableId);
    void showRelationship(const QString &relId);
    void showEnum(const QString &enumId);
    // Within the shown table: the column whose properties are shown, the validator being edited.
    void setCurrentColumn(const QString &columnId);
    void setCurrentValidator(const QString &validatorId);

    QString tableId() const { return m_tableId; }
    QString columnId() const { return m_columnId; }
    QString relationshipId() const { return m_relId; }
    QString validatorId() const { return m_validatorId; }
    QString enumId() const { return m_enumId; }
    // The current item of the table's constraint sections (empty: none, or a new one is edited).
    QString indexId() const { return m_indexId; }
    QString uniqueId() const { return m_uniqueId; }
    QString checkId() const { return m_checkId; }
    QString foreignKeyId() const { return m_fkId; }

    // Adds a new enum to the design (one edit) and shows it.
    void newEnum();
    // Starts a new foreign key in its editor; nothing is in the document until applyForeignKey().
    void newForeignKey();
    // Commits the foreign key editor as one edit; false, with the reason shown, when refused.
    bool applyForeignKey();
    // How enums are marked in lists, e.g. the Tables tree.
    static QIcon enumIcon();
    static QIcon tableIcon();

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
    enum class Page { Hint, Table, Relationship, Enum };

    void buildTablePage();
    void buildConstraintSections(QWidget *page, QVBoxLayout *layout); // inspectorconstraints.cpp
    void buildRelationshipPage();
    void buildEnumPage(); // inspectorenums.cpp
    void onChanged(const Core::ChangeSet &changes);
    void onReset();
    void loadTable();
    void loadColumn();
    void loadValidator();
    void loadRelationship();
    void updateColumnRows();
    void loadConstraints(); // the primary key, index, unique, check and foreign key sections
    void loadPrimaryKey();
    void loadIndexes();
    void loadUniques();
    void loadChecks();
    void loadForeignKeys();
    void loadForeignKeyEditor(bool keepEdits);
    void loadEnum();
    void resetConstraintSelection();

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
    QString newProblem(const Core::Schema &next) const;
    // Commits a change to the table's keys or constraints: refused when the design would get a
    // structural problem it does not have. False when refused.
    bool commitConstraint(const std::function<void(Core::Table &)> &change, const QString &what,
                          QLabel *errorLabel);
    // Commits an enum (and tables that follow it, e.g. defaults of a renamed value) as one edit.
    bool commitEnum(const Core::EnumType &proposed, const QString &what, QLabel *errorLabel,
                    const std::vector<Core::Table> &tables = {});
    // The foreign key as its editor shows it.
    Core::ForeignKey editedForeignKey() const;
    QString foreignKeyProblem(const Core::ForeignKey &fk) const;
    void updateForeignKeyApply();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commitAllowedValues();

    void addColumn();
    void removeColumn();
    void moveColumn(int delta);
    void removeValidator();
    void addIndex();
    void removeIndex();
    void addUnique();
    void removeUnique();
    void newCheck();
    void commitCheck();
    void removeCheck();
    void removeForeignKey();
    void addEnumValue();
    void removeEnumValue();
    void moveEnumValue(int delta);
    void renameEnumValue(QListWidgetItem *item);
    void removeEnum();

    Core::SchemaDocument *m_document;
    QString m_tableId;
    QString m_columnId;
    QString m_relId;
    QString m_validatorId; // empty while a new, uncommitted validator is edited
    bool m_validatorDraft = false;
    QString m_lastError;
    QString m_loadedValidator; // what the editor was last filled with, to keep unapplied edits
    bool m_loading = false;
    QString m_indexId;
    QString m_uniqueId;
    QString m_checkId;
    bool m_checkDraft = false; // a new check constraint, added once it has an expression
    QString m_fkId;
    bool m_fkDraft = false;  // a new foreign key, added when applied
    QString m_loadedFk;      // what the foreign key editor was last filled with
    QString m_enumId;

    QStackedWidget *m_stack;
    QLabel *m_hint;
    QPushButton *m_hintNewEnum;

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

    SectionBox *m_pkBox;
    ColumnPicker *m_pkOrder;
    QLabel *m_pkError;

    SectionBox *m_indexBox;
    QListWidget *m_indexes;
    QToolButton *m_addIndex;
    QToolButton *m_removeIndex;
    QWidget *m_indexEditor;
    QLineEdit *m_indexName;
    ColumnPicker *m_indexColumns;
    QCheckBox *m_indexUnique;
    QLineEdit *m_indexWhere;
    QLabel *m_indexError;

    SectionBox *m_uniqueBox;
    QListWidget *m_uniques;
    QToolButton *m_addUnique;
    QToolButton *m_removeUnique;
    QWidget *m_uniqueEditor;
    QLineEdit *m_uniqueName;
    ColumnPicker *m_uniqueColumns;
    QLabel *m_uniqueError;

    SectionBox *m_checkBox;
    QListWidget *m_checks;
    QToolButton *m_addCheck;
    QToolButton *m_removeCheck;
    QWidget *m_checkEditor;
    QLineEdit *m_checkName;
    QLineEdit *m_checkExpr;
    QLabel *m_checkError;

    SectionBox *m_fkBox;
    QListWidget *m_fks;
    QToolButton *m_addFk;
    QToolButton *m_removeFk;
    QWidget *m_fkEditor;
    QLineEdit *m_fkName;
    ColumnPicker *m_fkColumns;
    QComboBox *m_fkRefTable;
    ColumnPicker *m_fkRefColumns;
    QComboBox *m_fkOnDelete;
    QComboBox *m_fkOnUpdate;
    QPushButton *m_fkApply;
    QPushButton *m_fkRevert;
    QLabel *m_fkError;

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

    // Enum page.
    QLineEdit *m_enumName;
    QLineEdit *m_enumSqlName;
    QLineEdit *m_enumSchema;
    QLabel *m_enumUsage;
    QLabel *m_enumError;
    QListWidget *m_enumValues;
    QToolButton *m_addValue;
    QToolButton *m_removeValue;
    QToolButton *m_valueUp;
    QToolButton *m_valueDown;
    QLabel *m_valuesError;
    QPushButton *m_addEnum;
    QPushButton *m_removeEnum;
};

} // namespace Ui
