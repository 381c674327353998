// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Autosave and crash recovery: a session that dies with unsaved changes leaves a recovery copy;
// the next start offers it, and restoring gives back exactly the design that was being edited,
// as unsaved changes to its original file. A real crash: this test runs itself as a child
// process that edits, autosaves and exits without any clean-up.

#include "autosave.h"
#include "document.h"
#include "mainwindow.h"
#include "projectfile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdlib>

namespace {

const QString kExample = QStringLiteral(SMS_EXAMPLES_DIR "/heroes.sqlmodel.json");

// The edit the crashing child makes: a table renamed and a comment added.
Core::Schema editedExample()
{
    Core::Schema s;
    Core::LoadError error;
    if (!Core::loadProject(kExample, &s, &error))
        qFatal("%s", qPrintable(error.toString()));
    s.tables.front().name = QStringLiteral("renamed_before_the_crash");
    s.tables.front().comment = QStringLiteral("unsaved work");
    return s;
}

// The child: opens the example, edits it, lets the autosave write, and dies.
int crashChild()
{
    Ui::MainWindow w;
    if (!w.openProject(kExample))
        return 2;
    const Core::Schema edited = editedExample();
    w.document()->updateTable(edited.tables.front(), QStringLiteral("edit"));
    w.autosaver()->setDelay(10);
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(w.autosaver()->recoveryPath()) && timer.elapsed() < 10000)
        QTest::qWait(10);
    std::_Exit(3); // no destructors, no clean-up: what a crash leaves
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void crashedSessionIsRestored();
    void autosaveFollowsEditsAndSaves();
    void offerRestoresOrDiscards();
};

void TestRecovery::init()
{
    QDir(Ui::Autosaver::recoveryDirectory()).removeRecursively();
}

void TestRecovery::crashedSessionIsRestored()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child")});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 3);

    const QList<Ui::Autosaver::Recovery> orphans = Ui::Autosaver::orphans();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.front().originalPath, kExample);
    QVERIFY(orphans.front().savedAt.isValid());

    Ui::MainWindow w;
    QVERIFY(w.restoreRecovery(orphans.front()));
    QCOMPARE(Core::serializeProject(w.document()->schema()), Core::serializeProject(editedExample()));
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.document()->filePath(), kExample);
    // The restored copy is gone; this window's own copy is locked, so it is not an orphan.
    QVERIFY(!QFile::exists(orphans.front().designPath));
    QVERIFY(QFile::exists(w.autosaver()->recoveryPath()));
    QVERIFY(Ui::Autosaver::orphans().isEmpty());
    // Saving ends the need for a copy.
    QTemporaryDir dir;
    QVERIFY(w.saveProject(dir.filePath(QStringLiteral("restored.sqlmodel.json"))));
    QVERIFY(!QFile::exists(w.autosaver()->recoveryPath()));
}

void TestRecovery::autosaveFollowsEditsAndSaves()
{
    auto w = std::make_unique<Ui::MainWindow>();
    QVERIFY(w->openProject(kExample));
    w->autosaver()->setDelay(20);
    const QString copy = w->autosaver()->recoveryPath();
    QVERIFY(!QFile::exists(copy)); // nothing unsaved yet

    Core::Table t = w->document()->schema().tables.back();
    t.comment = QStringLiteral("autosaved");
    w->document()->updateTable(t, QStringLiteral("edit"));
    QTRY_VERIFY(QFile::exists(copy));
    Core::Schema saved;
    Core::LoadError error;
    QVERIFY2(Core::loadProject(copy, &saved, &error), qPrintable(error.toString()));
    QCOMPARE(Core::serializeProject(saved), Core::serializeProject(w->document()->schema()));

    // Undo back to the saved state: no unsaved changes, no copy.
    w->document()->undoStack()->undo();
    QVERIFY(!w->document()->isModified());
    QVERIFY(!QFile::exists(copy));

    // A clean end (the window closed, changes discarded) leaves nothing to recover.
    w->document()->updateTable(t, QStringLiteral("edit"));
    QVERIFY(w->autosaver()->saveNow());
    QVERIFY(QFile::exists(copy));
    w.reset();
    QVERIFY(!QFile::exists(copy));
    QVERIFY(Ui::Autosaver::orphans().isEmpty());
}

// The start-up question: Restore loads the copy; Discard deletes it.
void TestRecovery::offerRestoresOrDiscards()
{
    for (const QString &answer : {QStringLiteral("discard"), QStringLiteral("restore")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 3);
        QCOMPARE(Ui::Autosaver::orphans().size(), 1);

        Ui::MainWindow w;
        bool asked = false;
        QTimer::singleShot(0, &w, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&').compare(answer, Qt::CaseInsensitive) == 0)
                    b->click();
            }
        });
        w.offerRecovery();
        QVERIFY(asked);
        QVERIFY(Ui::Autosaver::orphans().isEmpty());
        if (answer == QLatin1String("restore")) {
            QCOMPARE(Core::serializeProject(w.document()->schema()), Core::serializeProject(editedExample()));
            QVERIFY(w.document()->isModified());
        } else {
            QVERIFY(w.document()->schema().tables.empty());
        }
    }
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
