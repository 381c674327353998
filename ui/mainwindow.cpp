// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autolayout.h"
#include "codeeditor.h"
#include "codelint.h"
#include "importdialog.h"
#include "importreportpane.h"
#include "inspector.h"
#include "warningspane.h"
#include "crudgenerator.h"
#include "migrationgenerator.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "naming.h"
#include "relationshipitem.h"
#include "projectfile.h"
#include "querygenerator.h"
#include "sqlmodelgenerator.h"
#include "tableitem.h"
#include "validate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QSignalBlocker>
#include <QEventLoop>
#include <QThread>
#include <QVBoxLayout>
#include <QFile>
#include <QSettings>
#include <QSaveFile>
#include <QLineEdit>
#include <QDir>
#include <QUndoStack>

#include <memory>

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Core::SchemaDocument(this))
    , m_tables(new QTreeWidget(this))
    , m_scene(new DiagramScene(m_document, this))
    , m_view(new DiagramView(m_scene, this))
    , m_warnings(new WarningsPane(m_document, this))
    , m_inspector(new Inspector(m_document, this))
    , m_importReport(new ImportReportPane(m_document, this))
    , m_codeTabs(new QTabWidget(this))
    , m_models(new CodeEditor(this))
    , m_crud(new CodeEditor(this))
    , m_migration(new CodeEditor(this))
    , m_queries(new CodeEditor(this))
    , m_status(new QLabel(this))
{
    setCentralWidget(m_view);
    m_codeTabs->setDocumentMode(true);
    m_codeTabs->addTab(m_models, tr("Models"));
    m_codeTabs->addTab(m_crud, tr("CRUD"));
    m_codeTabs->addTab(m_migration, tr("Migration"));
    m_codeTabs->addTab(m_queries, tr("Queries"));
    // A Python file from a code check, shown at the finding's line.
    m_fileView = new CodeEditor(this);
    m_fileView->setObjectName(QStringLiteral("codeFileView"));
    m_codeTabs->setTabVisible(m_codeTabs->addTab(m_fileView, tr("File")), false);
    auto *codeDock = new QDockWidget(tr("Code"), this);
    codeDock->setObjectName(QStringLiteral("codeDock"));
    // What the generated code needs beyond SQLModel, said above the panes (and written to
    // requirements.txt by generate).
    m_codeNotice = new QLabel(this);
    m_codeNotice->setObjectName(QStringLiteral("codeNotice"));
    m_codeNotice->setWordWrap(true);
    m_codeNotice->setContentsMargins(6, 3, 6, 3);
    m_codeNotice->hide();
    auto *codeBox = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_codeNotice);
    codeLayout->addWidget(m_codeTabs, 1);
    codeDock->setWidget(codeBox);
    addDockWidget(Qt::RightDockWidgetArea, codeDock);
    // The Inspector sits above the code: editing a field and reading its effect go together.
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    splitDockWidget(inspectorDock, codeDock, Qt::Vertical);
    resizeDocks({inspectorDock, codeDock}, {300, 440}, Qt::Vertical);
    m_tables->setHeaderLabels({tr("Table"), tr("Class"), tr("Columns")});
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->setObjectName(QStringLiteral("tableList"));
    auto *dock = new QDockWidget(tr("Tables"), this);
    dock->setObjectName(QStringLiteral("tablesDock"));
    // Find a table by name: the list narrows as you type; Return selects the first match.
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findTable"));
    m_find->setPlaceholderText(tr("Find a table (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    auto *tablesBox = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(2, 2, 2, 2);
    tablesLayout->addWidget(m_find);
    tablesLayout->addWidget(m_tables, 1);
    dock->setWidget(tablesBox);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) { findTable(text); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
            if (!m_tables->topLevelItem(i)->isHidden()) {
                selectTable(m_tables->topLevelItem(i)->data(0, Qt::UserRole).toString());
                return;
            }
        }
    });
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock, codeDock}, {230, 420}, Qt::Horizontal);
    auto *warningsDock = new QDockWidget(tr("Warnings"), this);
    warningsDock->setObjectName(QStringLiteral("warningsDock"));
    warningsDock->setWidget(m_warnings);
    addDockWidget(Qt::BottomDockWidgetArea, warningsDock);
    resizeDocks({warningsDock}, {170}, Qt::Vertical);
    // What an import left out, beside the warnings; shown when a design is imported.
    m_importReportDock = new QDockWidget(tr("Import Report"), this);
    m_importReportDock->setObjectName(QStringLiteral("importReportDock"));
    m_importReportDock->setWidget(m_importReport);
    addDockWidget(Qt::BottomDockWidgetArea, m_importReportDock);
    tabifyDockWidget(warningsDock, m_importReportDock);
    warningsDock->raise();
    connect(m_importReport, &ImportReportPane::tableActivated, this, &MainWindow::selectTable);
    connect(m_warnings, &WarningsPane::codeFindingActivated, this, &MainWindow::showCodeFile);
    // Activating a warning selects its table (in the list, the canvas and the code pane).
    connect(m_warnings, &WarningsPane::tableActivated, this, [this](const QString &tableId) {
        for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tables->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == tableId) {
                m_tables->setCurrentItem(item);
                item->setSelected(true);
                break;
            }
        }
    });
    statusBar()->addWidget(m_status, 1);

    createActions();

    connect(m_document, &Core::SchemaDocument::changed, this, [this](const Core::ChangeSet &changes) {
        if (!changes.geometryOnly) // positions are not in the code or the table list
            refreshAll();
    });
    connect(m_document, &Core::SchemaDocument::schemaReset, this, [this] { refreshAll(); });
    connect(m_document, &Core::SchemaDocument::modifiedChanged, this, [this] { updateTitle(); });
    // Selecting a table scrolls the Models pane to its class.
    connect(m_tables, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_tables->selectedItems();
        if (items.isEmpty())
            return;
        modelsPane()->scrollToLineStartingWith(QStringLiteral("class %1(").arg(items.first()->text(1)));
        // ...and selects its card on the canvas.
        if (TableItem *card = m_scene->tableItem(items.first()->data(0, Qt::UserRole).toString())) {
            m_scene->clearSelection();
            card->setSelected(true);
            m_view->ensureVisible(card);
        }
    });
    // The Inspector shows the single selected table or relationship.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::showSelectionInInspector);
    // The Queries pane follows the selection: one table card, or the whole design. The scene
    // may announce a selection change while it follows an edit, before refreshCode() runs.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_generatable = Core::validate(m_document->schema()).empty();
        refreshQueries();
    });
    connect(m_codeTabs, &QTabWidget::currentChanged, this, [this] { refreshVisiblePane(); });
    resize(1200, 800);
    refreshAll();
}

void MainWindow::showSelectionInInspector()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return m_inspector->clear();
    if (auto *card = qgraphicsitem_cast<TableItem *>(selected.first())) {
        // Like selecting it in the table list, this brings its class into view in the Models pane.
        if (const Core::Table *t = m_document->schema().table(card->tableId())) {
            modelsPane()->scrollToLineStartingWith(
                QStringLiteral("class %1(").arg(Core::tableClassName(*t)));
        }
        return m_inspector->showTable(card->tableId());
    }
    if (auto *line = qgraphicsitem_cast<RelationshipItem *>(selected.first()))
        return m_inspector->showRelationship(line->relationshipId());
    m_inspector->clear();
}

MainWindow::~MainWindow()
{
    // The scene deselects its items as it is destroyed; the Inspector must not hear of it.
    disconnect(m_scene, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = file->addAction(tr("&New"), this, [this] { newDesign(); });
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { fillRecentMenu(); });
    QAction *saveAct = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAct->setShortcut(QKeySequence::Save);
    QAction *saveAsAct = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    QAction *importAct = file->addAction(tr("&Import Database…"), this, [this] { importDatabase(); });
    importAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAct->setObjectName(QStringLiteral("importAction"));
    QAction *checkCodeAct = file->addAction(tr("&Check Python Code…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Check Python Code"));
        if (!folder.isEmpty())
            checkCodeFolder(folder);
    });
    checkCodeAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    checkCodeAct->setToolTip(tr("Find deprecated SQLModel, SQLAlchemy and Pydantic usage in a folder "
                                "of Python code; the findings join the Warnings"));
    file->addSeparator();
    file->addAction(tr("Export &Models…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Models"));
        if (!folder.isEmpty())
            exportModels(folder, false);
    });
    file->addAction(tr("Export &Diagram…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagram"), {}, tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportDiagram(path);
    });
    file->addSeparator();
    QAction *quitAct = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAct->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *deleteAct = edit->addAction(tr("&Delete Selected Tables"), m_scene, &DiagramScene::deleteSelection);
    deleteAct->setShortcut(QKeySequence::Delete);
    deleteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(deleteAct);

    QAction *findAct = edit->addAction(tr("&Find Table…"), this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    findAct->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *layoutAct = edit->addAction(tr("Auto &Layout"), this, [this] { autoLayout(); });
    layoutAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    layoutAct->setToolTip(tr("Arrange the tables with Graphviz: related tables together (one undo step)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_view->zoomInAction());
    view->addAction(m_view->zoomOutAction());
    view->addAction(m_view->zoomToFitAction());

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(openAct);
    tb->addAction(saveAct);
    tb->addSeparator();
    tb->addAction(undo);
    tb->addAction(redo);
}

bool MainWindow::openProject(const QString &path)
{
    Core::Schema schema;
    Core::LoadError error;
    if (!Core::loadProject(path, &schema, &error)) {
        QMessageBox::critical(this, tr("Cannot open the project"), error.toString());
        return false;
    }
    m_document->reset(schema);
    m_document->setFilePath(path);
    rememberRecent(path);
    updateTitle();
    m_view->zoomToFit();
    return true;
}

bool MainWindow::saveProject(const QString &path)
{
    QString message;
    if (!Core::saveProject(path, m_document->schema(), &message)) {
        QMessageBox::critical(this, tr("Cannot save the project"), message);
        return false;
    }
    m_document->setFilePath(path);
    m_document->markSaved();
    rememberRecent(path);
    updateTitle();
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {},
                                                      tr("SQLModel Studio projects (*.sqlmodel.json)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveProject(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), m_document->filePath(),
                                                tr("SQLModel Studio projects (*.sqlmodel.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".sqlmodel.json")))
        path += QLatin1String(".sqlmodel.json");
    return saveProject(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(name + QLatin1String("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshAll()
{
    // Relationship lines can be selected for the Inspector (the scene recreates them on reset).
    for (RelationshipItem *line : m_scene->relationshipItems())
        line->setFlag(QGraphicsItem::ItemIsSelectable);
    m_warnings->refresh();
    refreshTables();
    refreshCode();
}

void MainWindow::refreshTables()
{
    // Rebuilding the list is not a user selection: keep the code pane where it is.
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    for (const Core::Table &t : m_document->schema().tables) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(0, t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name);
        item->setText(1, Core::tableClassName(t));
        item->setText(2, QString::number(t.columns.size()));
        item->setData(0, Qt::UserRole, t.id);
    }
}

void MainWindow::refreshCode()
{
    const auto issues = Core::validate(m_document->schema());
    m_generatable = issues.empty();
    m_stale.clear();
    if (!issues.empty()) {
        QString text = tr("# The design cannot be generated yet:\n");
        for (const auto &issue : issues)
            text += QLatin1String("# ") + issue.where + QLatin1String(": ") + issue.message + u'\n';
        m_models->setCode(text);
        m_crud->setCode(text);
        m_migration->setCode(text);
        m_queries->setCode(text);
        m_status->setText(tr("%n problem(s) in the design", nullptr, int(issues.size())));
        return;
    }
    const QStringList extra = Core::modelRequirements(m_document->schema());
    m_codeNotice->setText(tr("These models need %1 besides SQLModel; generate lists it in "
                             "requirements.txt.")
                              .arg(extra.join(QLatin1String(", "))));
    m_codeNotice->setVisible(!extra.isEmpty());
    // Only the pane in view is generated now; the others when they are shown.
    m_stale = {m_models, m_crud, m_migration, m_queries};
    refreshVisiblePane();
    m_status->setText(tr("%n table(s)", nullptr, int(m_document->schema().tables.size())));
}

void MainWindow::refreshVisiblePane()
{
    if (auto *pane = qobject_cast<CodeEditor *>(m_codeTabs->currentWidget()); pane && m_stale.contains(pane))
        refreshPane(pane);
}

void MainWindow::refreshPane(CodeEditor *pane)
{
    m_stale.remove(pane);
    if (!m_generatable)
        return; // refreshCode() wrote the problems into every pane
    const Core::Schema &schema = m_document->schema();
    if (pane == m_models) {
        const auto files = Core::generateSqlModel(schema, {});
        m_models->setCode(files.empty() ? QString() : files.front().content);
    } else if (pane == m_crud) {
        Core::CrudOptions crud;
        crud.async = false;
        const auto crudFiles = Core::generateCrud(schema, crud);
        m_crud->setCode(crudFiles.empty() ? QString() : crudFiles.front().content);
    } else if (pane == m_migration) {
        // What `migrate` would write now: the revision from the last checkpoint to this design.
        const QString parent = schema.migrations ? schema.migrations->head : QString();
        const Core::Revision revision = Core::generateRevision(
            Core::checkpointDesign(schema), Core::designOf(schema), parent, tr("Design changes"));
        m_migration->setCode(revision.changes == 0
                                 ? tr("# The database is up to date with the last migration checkpoint.\n")
                                 : revision.content);
    } else if (pane == m_queries) {
        refreshQueries(true);
    }
}

CodeEditor *MainWindow::modelsPane()
{
    if (m_stale.contains(m_models))
        refreshPane(m_models);
    return m_models;
}

CodeEditor *MainWindow::crudPane()
{
    if (m_stale.contains(m_crud))
        refreshPane(m_crud);
    return m_crud;
}

CodeEditor *MainWindow::migrationPane()
{
    if (m_stale.contains(m_migration))
        refreshPane(m_migration);
    return m_migration;
}

CodeEditor *MainWindow::queriesPane()
{
    if (m_stale.contains(m_queries))
        refreshPane(m_queries);
    return m_queries;
}

void MainWindow::refreshQueries(bool force)
{
    const Core::Schema &schema = m_document->schema();
    if (!m_generatable)
        return; // refreshCode() shows the problems
    if (!force && m_codeTabs->currentWidget() != m_queries) {
        m_stale.insert(m_queries); // generated when the tab is shown
        return;
    }
    m_stale.remove(m_queries);
    Core::QueryOptions options;
    options.async = false;
    QStringList selected;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *card = qgraphicsitem_cast<TableItem *>(item))
            selected << card->tableId();
    }
    if (selected.size() == 1)
        options.tableId = selected.front();
    const auto files = Core::generateQueries(schema, options);
    if (!files.empty()) {
        m_queries->setCode(files.front().content);
    } else if (!options.tableId.isEmpty()) {
        m_queries->setCode(tr("# This table has no primary key, so it has no model to query.\n"));
    } else {
        m_queries->setCode(tr("# The design has no table model to query yet.\n"));
    }
}

void MainWindow::selectTable(const QString &tableId)
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == tableId) {
            m_tables->setCurrentItem(item);
            item->setSelected(true);
            break;
        }
    }
}

bool MainWindow::importDatabase(ImportDialog *dialog)
{
    if (!maybeSave())
        return false;
    std::unique_ptr<ImportDialog> owned;
    if (!dialog) {
        owned = std::make_unique<ImportDialog>(this);
        dialog = owned.get();
        if (dialog->exec() != QDialog::Accepted)
            return false;
    } else if (!dialog->runImport()) {
        return false;
    }
    adoptImport(dialog->result());
    return true;
}

void MainWindow::adoptImport(const Core::Schema &schema)
{
    // A new, unsaved design: saving asks where, so the source is never overwritten.
    m_document->reset(schema);
    m_document->setFilePath(QString());
    updateTitle();
    m_view->zoomToFit();
    m_importReport->refresh();
    if (schema.importReport && !schema.importReport->notes.empty())
        m_importReportDock->raise();
    m_status->setText(m_importReport->summary());
}

bool MainWindow::checkCodeFolder(const QString &folder)
{
    m_status->setText(tr("Checking the Python code in %1…").arg(folder));
    auto findings = std::make_shared<std::vector<Core::CodeFinding>>();
    auto error = std::make_shared<QString>();
    QEventLoop loop;
    QThread *worker = QThread::create([folder, findings, error] {
        *findings = Core::lintCode({folder}, {}, error.get());
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    if (!error->isEmpty()) {
        m_status->setText(*error);
        QMessageBox::warning(this, tr("Cannot check the Python code"), *error);
        return false;
    }
    m_warnings->setCodeFindings(*findings, folder);
    if (QWidget *dock = m_warnings->parentWidget())
        dock->raise();
    m_status->setText(tr("%n finding(s) in the Python code of %1", nullptr, int(findings->size()))
                          .arg(folder));
    return true;
}

void MainWindow::showCodeFile(const QString &path, int line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_fileView->setCode(QString::fromUtf8(file.readAll()));
    m_fileView->showLine(line);
    const int tab = m_codeTabs->indexOf(m_fileView);
    m_codeTabs->setTabText(tab, QFileInfo(path).fileName());
    m_codeTabs->setTabToolTip(tab, path);
    m_codeTabs->setTabVisible(tab, true);
    m_codeTabs->setCurrentIndex(tab);
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    Core::Schema empty;
    empty.name = tr("untitled");
    m_document->reset(empty);
    m_document->setFilePath(QString());
    updateTitle();
}

void MainWindow::findTable(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                           || item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void MainWindow::autoLayout()
{
    // The cards' real sizes, so that nothing overlaps however the fonts came out.
    QHash<QString, QSizeF> sizes;
    for (TableItem *card : m_scene->tableItems())
        sizes.insert(card->tableId(), card->boundingRect().size());
    QString warning;
    const QHash<QString, QPointF> positions = Core::autoLayout(m_document->schema(), sizes, &warning);
    m_document->moveTables(positions, false);
    m_view->zoomToFit();
    m_status->setText(warning.isEmpty() ? tr("Arranged %n table(s)", nullptr, int(positions.size()))
                                        : warning);
}

bool MainWindow::exportModels(const QString &folder, bool package)
{
    if (!m_generatable) {
        QMessageBox::warning(this, tr("Cannot export the models"),
                             tr("The design cannot be generated yet; see the Models pane."));
        return false;
    }
    Core::GeneratorOptions options;
    options.layout = package ? Core::GeneratorOptions::Layout::Package
                             : Core::GeneratorOptions::Layout::Module;
    const auto files = Core::generateSqlModel(m_document->schema(), options);
    for (const Core::GeneratedFile &f : files) {
        const QString path = QDir(folder).filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content.toUtf8()) < 0 || !out.commit()) {
            QMessageBox::critical(this, tr("Cannot export the models"),
                                  tr("%1: %2").arg(path, out.errorString()));
            return false;
        }
    }
    m_status->setText(tr("Wrote %n file(s) to %1", nullptr, int(files.size())).arg(folder));
    return true;
}

bool MainWindow::exportDiagram(const QString &path)
{
    QString error;
    if (!renderDiagram(m_document->schema(), path, 2.0, &error)) {
        QMessageBox::critical(this, tr("Cannot export the diagram"), error);
        return false;
    }
    m_status->setText(tr("Wrote %1").arg(path));
    return true;
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > 10)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), list);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (list.isEmpty())
        m_recentMenu->addAction(tr("No recent designs"))->setEnabled(false);
}

} // namespace Ui
