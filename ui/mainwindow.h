// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The designer's main window. In this first version: the tables of the open design on the left,
// the generated SQLModel code in the centre, live as the document changes; Open, Save, Undo.

#include <QMainWindow>

class QTreeWidget;
class QLabel;

namespace Core {
class SchemaDocument;
struct ChangeSet;
}

namespace Ui {

class CodeEditor;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool saveProject(const QString &path);
    Core::SchemaDocument *document() const { return m_document; }
    CodeEditor *modelsPane() const { return m_models; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshAll();
    void refreshCode();
    void refreshTables();
    void updateTitle();
    bool maybeSave();
    void open();
    bool save();
    bool saveAs();

    Core::SchemaDocument *m_document;
    QTreeWidget *m_tables;
    CodeEditor *m_models;
    QLabel *m_status;
};

} // namespace Ui
