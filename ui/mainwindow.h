// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The designer's main window: the diagram canvas in the centre, the tables of the open design on
// the left, the generated code (Models, CRUD, Migration, and the Queries of the design or of the
// selected table) in a tabbed dock on the right, live as the document changes; Open, Save, Undo,
// zoom.

#include "autosave.h"
#include "liverefresh.h"

#include <QMainWindow>
#include <QSet>

class QTreeWidget;
class QLabel;
class QTabWidget;
class QDockWidget;
class QLineEdit;
class QMenu;

namespace Core {
class SchemaDocument;
struct Schema;
struct ChangeSet;
}

namespace Ui {

class CodeEditor;
class ImportDialog;
class ImportReportPane;
class WarningsPane;
class DiagramScene;
class DiagramView;
class Inspector;
class LiveRefresh;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool saveProject(const QString &path);
    Core::SchemaDocument *document() const { return m_document; }
    // The code panes. Only the visible one is regenerated on an edit; these bring the one they
    // return up to date first.
    CodeEditor *modelsPane();
    CodeEditor *crudPane();
    CodeEditor *migrationPane();
    CodeEditor *queriesPane();
    // The Warnings pane, with the warnings of the design as it is now (waits for the refresh).
    WarningsPane *warningsPane() const;
    // The panes and warnings follow edits off the UI thread: whether that is under way, and
    // waiting until they are current.
    bool isRefreshing() const;
    void waitForRefresh();
    double lastRefreshMilliseconds() const { return m_lastRefreshMs; } // the last job's time
    DiagramScene *diagramScene() const { return m_scene; }
    DiagramView *diagramView() const { return m_view; }
    Inspector *inspector() const { return m_inspector; }
    ImportReportPane *importReportPane() const { return m_importReport; }
    void newDesign();
    void findTable(const QString &text); // narrows the table list
    void autoLayout();                   // Edit > Auto Layout: one undoable move
    bool exportModels(const QString &folder, bool package);
    bool exportDiagram(const QString &path); // .png, .svg or .pdf
    static QStringList recentFiles();
    // File > Check Python Code: lint-code on a folder, findings in the Warnings pane.
    bool checkCodeFolder(const QString &folder);
    // Shows a Python file in the Code dock at a 1-based line.
    void showCodeFile(const QString &path, int line);
    CodeEditor *fileView() const { return m_fileView; }
    // File > Import Database. With a prepared dialog (tests), runs it without showing it.
    bool importDatabase(ImportDialog *dialog = nullptr);
    // Crash recovery: the window autosaves unsaved changes to a recovery copy. At start-up,
    // offerRecovery() asks whether to restore the copy a crashed session left behind;
    // restoreRecovery() restores one (as unsaved changes to its original file).
    void offerRecovery();
    bool restoreRecovery(const Autosaver::Recovery &recovery);
    Autosaver *autosaver() const { return m_autosave; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void selectTable(const QString &tableId);
    // The Models pane was clicked on a 1-based line: select the table of the class there.
    void selectClassAt(int line);
    // Scrolls the Models pane to a class, now or (when the pane is being refreshed) once it is.
    void scrollModelsToClass(const QString &className);
    static void rememberRecent(const QString &path);
    void fillRecentMenu();
    void adoptImport(const Core::Schema &schema);
    void createActions();
    void refreshAll();
    void refreshCode();
    void refreshQueries();
    void refreshPane(CodeEditor *pane); // brings one pane up to date now
    void requestRefresh();              // the visible pane and the warnings, off the UI thread
    void applyRefresh(const RefreshResult &result);
    RefreshRequest::Pane paneKind(const CodeEditor *pane) const;
    CodeEditor *paneOf(RefreshRequest::Pane kind) const;
    QString selectedTableId() const; // the one selected table card, or empty
    void refreshVisiblePane();
    void refreshTables();
    void updateTitle();
    void showSelectionInInspector();
    bool maybeSave();
    void open();
    bool save();
    bool saveAs();

    Core::SchemaDocument *m_document;
    QTreeWidget *m_tables;
    DiagramScene *m_scene;
    DiagramView *m_view;
    WarningsPane *m_warnings;
    Inspector *m_inspector;
    ImportReportPane *m_importReport;
    QDockWidget *m_importReportDock = nullptr;
    QTabWidget *m_codeTabs;
    CodeEditor *m_models;
    CodeEditor *m_crud;      // crud.py of the current design
    CodeEditor *m_migration; // the Alembic revision from the last checkpoint to the design
    CodeEditor *m_queries;
    CodeEditor *m_fileView = nullptr; // a Python file from a code check
    QLabel *m_codeNotice = nullptr;   // what the generated code needs beyond SQLModel
    QLineEdit *m_find = nullptr;       // find a table by name
    QSet<CodeEditor *> m_stale;        // panes whose code is older than the design
    QMenu *m_recentMenu = nullptr;   // queries.py of the design, or of the one table selected on the canvas
    bool m_generatable = false; // the design validates: the code panes show generated code
    LiveRefresh *m_refresh = nullptr;
    Autosaver *m_autosave = nullptr;
    QString m_pendingClass;           // the class the Models pane scrolls to once it is current
    bool m_selectingFromCode = false; // a click in the Models pane selects: do not scroll it
    double m_lastRefreshMs = 0;
    QLabel *m_status;
};

} // namespace Ui
