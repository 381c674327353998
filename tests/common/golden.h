// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Golden-file comparison shared by the generator suites: a case folder's expected/ tree must hold
// exactly the generated files with exactly their bytes. SMS_UPDATE_GOLDEN=1 rewrites it instead
// (then review the diff). Uses QTest macros: call it, then check QTest::currentTestFailed().

#include "sqlmodelgenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace TestSupport {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline void compareWithGolden(const std::vector<Core::GeneratedFile> &files, const QString &expectedDir)
{
    if (qEnvironmentVariableIntValue("SMS_UPDATE_GOLDEN")) {
        QDir(expectedDir).removeRecursively();
        for (const auto &f : files) {
            const QString path = expectedDir + u'/' + f.path;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(f.content.toUtf8());
        }
    }
    // Exactly the expected files, with exactly the expected bytes.
    QStringList expectedFiles;
    QDirIterator it(expectedDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expectedFiles << QDir(expectedDir).relativeFilePath(it.next());
    expectedFiles.sort();
    QStringList produced;
    for (const auto &f : files)
        produced << f.path;
    produced.sort();
    QCOMPARE(produced, expectedFiles);
    for (const auto &f : files)
        QCOMPARE(f.content, QString::fromUtf8(readFile(expectedDir + u'/' + f.path)));
}

} // namespace TestSupport
