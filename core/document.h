// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema document: owns the Schema and its QUndoStack. Every change goes through a document
// method that pushes an undo command; commands change the model and announce what they touched
// through changed(), keyed by stable ids. Views never change the model directly.

#include "schema.h"

#include <QObject>
#include <QSet>

class QUndoStack;

namespace Core {

// What one applied change touched, by id. A view refreshes just these.
struct ChangeSet
{
    QSet<QString> tables;
    QSet<QString> enums;
    QSet<QString> relationships;
    bool nameChanged = false;
    bool suppressionsChanged = false;
    bool geometryOnly = false; // only table positions moved

    bool isEmpty() const
    {
        return tables.isEmpty() && enums.isEmpty() && relationships.isEmpty() && !nameChanged
               && !suppressionsChanged;
    }
};

class SchemaDocument final : public QObject
{
    Q_OBJECT

public:
    explicit SchemaDocument(QObject *parent = nullptr);
    ~SchemaDocument() override;

    const Schema &schema() const { return m_schema; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;
    void markSaved();
    void markUnsaved(); // the design differs from its file (a restored recovery copy)

    // Replaces the whole design (open, import); clears the undo history.
    void reset(const Schema &schema);

    // Edits. Each pushes one undoable command with a readable name.
    void setName(const QString &name);
    // Accepts (or, with `suppressed` false, restores) one lint warning for one object.
    void setSuppressed(const LintSuppression &suppression, bool suppressed);
    QString addTable(Table table);          // fills in a fresh id when empty; returns the id
    void removeTable(const QString &tableId); // also drops foreign keys and relationships on it
    void updateTable(const Table &table, const QString &commandText);
    QString addColumn(const QString &tableId, Column column, int position = -1);
    void updateColumn(const QString &tableId, const Column &column);
    void removeColumn(const QString &tableId, const QString &columnId);
    QString addEnum(EnumType e);
    void updateEnum(const EnumType &e);
    void removeEnum(const QString &enumId);
    QString addRelationship(Relationship r);
    void updateRelationship(const Relationship &r);
    void removeRelationship(const QString &relId);
    // Moving tables on the canvas; consecutive moves of the same tables merge into one command.
    void moveTables(const QHash<QString, QPointF> &positions, bool mergeable = true);

    // Applies a raw before/after edit; used by the commands and by multi-object edits.
    // One object's new value (nullopt: removed). `index` places an inserted object; -1 appends.
    template<typename T>
    struct Entry
    {
        QString id;
        std::optional<T> value;
        int index = -1;
    };
    struct Edit
    {
        std::vector<Entry<Table>> tables;
        std::vector<Entry<EnumType>> enums;
        std::vector<Entry<Relationship>> relationships;
        std::optional<QString> name;
        std::optional<std::vector<LintSuppression>> suppressions;
    };
    void pushEdit(const Edit &edit, const QString &commandText, int mergeId = -1);

    // Internal: used by the undo commands.
    Edit applyEdit(const Edit &edit, bool geometryOnly); // returns the inverse edit
    // Applies an edit to any schema (no document, no signals); returns the inverse edit.
    static Edit applyTo(Schema &schema, const Edit &edit);

Q_SIGNALS:
    void changed(const Core::ChangeSet &changes);
    void schemaReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    Schema m_schema;
    QUndoStack *m_undoStack;
    QString m_filePath;
};

} // namespace Core
