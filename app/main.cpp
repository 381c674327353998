// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTimer>
#include <QCoreApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (!args.isEmpty() && args.first() == QLatin1String("render")) {
        // Drawing uses the canvas's own QGraphicsScene, which needs a QApplication (its
        // constructor reads the application's widget palette and font; a QGuiApplication
        // crashes there), but never a display: the offscreen platform unless a display is there
        // (or a platform was asked for).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sqlmodel-studio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
        return App::runCli(args);
    }

    if (App::isCliInvocation(args)) {
        // Headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sqlmodel-studio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
        return App::runCli(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sqlmodel-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("SQLModel Studio"));
    // Window managers match the windows to packaging/'s desktop entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sqlmodel_studio.SqlModelStudio"));
    QApplication::setOrganizationName(QStringLiteral("SQLModel Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sqlmodel-studio.svg")));
    Ui::installTranslations(&app);

    Ui::MainWindow window;
    if (!args.isEmpty() && args.first() != QLatin1String("--"))
        window.openProject(args.first());
    window.show();
    // A crashed session's unsaved changes are offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}
