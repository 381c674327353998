// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

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
    QApplication::setOrganizationName(QStringLiteral("SQLModel Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));

    Ui::MainWindow window;
    if (!args.isEmpty() && args.first() != QLatin1String("--"))
        window.openProject(args.first());
    window.show();
    return QApplication::exec();
}
