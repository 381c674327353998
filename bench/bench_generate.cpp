// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_generate: how validate(), generateSqlModel(), serializeProject() and parseProject() scale
// with the size of a schema. It builds synthetic but realistic schemas in memory (entity tables
// with mixed column types, an index, a one-to-many foreign key to an earlier table; every tenth
// table a link table with a many-to-many relationship), times each operation several times and
// prints the best and median time, the output size, the growth against the previous size and the
// peak memory. Run it on a Release build:
//
//   bench_generate [--sizes 100,1000,10000] [--repeat 5] [--only validate,generate,...]

#include "lint.h"
#include "migrationgenerator.h"
#include "schemadiff.h"
#include "projectfile.h"
#include "schema.h"
#include "sqlmodelgenerator.h"
#include "validate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// --- synthetic schema ----------------------------------------------------------------------------

// A small deterministic generator (xorshift32) so that every run times the same schema.
class Random
{
public:
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int bounded(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }

private:
    quint32 m_state = 0x2545f491u;
};

QString number(int i)
{
    return QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
}

Core::Column column(const QString &id, const QString &name, Core::TypeKind kind, bool nullable)
{
    Core::Column c;
    c.id = id;
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

// Cards are about 240 px wide and 30 px per column tall: a 40-column grid with room to spare.
QPointF gridPosition(int i)
{
    return QPointF((i % 40) * 320, (i / 40) * 360);
}

void addEntityTable(Core::Schema &schema, int i, const std::vector<int> &entities, Random &random)
{
    const QString n = number(i);
    Core::Table t;
    t.id = QStringLiteral("t_") + n;
    t.name = QStringLiteral("item_") + n;
    t.comment = QStringLiteral("Synthetic entity table %1").arg(i);
    t.position = gridPosition(i);

    Core::Column id = column(QStringLiteral("c_%1_id").arg(n), QStringLiteral("id"),
                             Core::TypeKind::Integer, false);
    id.primaryKey = true;
    id.autoincrement = true;
    t.columns.push_back(id);

    Core::Column name = column(QStringLiteral("c_%1_name").arg(n), QStringLiteral("name"),
                               Core::TypeKind::String, false);
    name.type.length = 255;
    name.comment = QStringLiteral("Display name");
    t.columns.push_back(name);

    Core::Column price = column(QStringLiteral("c_%1_price").arg(n), QStringLiteral("price"),
                                Core::TypeKind::Numeric, false);
    price.type.precision = 10;
    price.type.scale = 2;
    price.defaultValue = QStringLiteral("0.00");
    price.serverDefault = QStringLiteral("0");
    t.columns.push_back(price);

    Core::Column created = column(QStringLiteral("c_%1_created").arg(n),
                                  QStringLiteral("created_at"), Core::TypeKind::DateTime, false);
    created.type.timezone = true;
    created.defaultFactory = Core::DefaultFactory::NowUtc;
    created.serverDefault = QStringLiteral("CURRENT_TIMESTAMP");
    t.columns.push_back(created);

    Core::Column active = column(QStringLiteral("c_%1_active").arg(n), QStringLiteral("is_active"),
                                 Core::TypeKind::Boolean, false);
    active.defaultValue = true;
    t.columns.push_back(active);

    Core::Column status = column(QStringLiteral("c_%1_status").arg(n), QStringLiteral("status"),
                                 Core::TypeKind::Enum, false);
    status.type.enumId = i % 2 == 0 ? QStringLiteral("e_status") : QStringLiteral("e_priority");
    t.columns.push_back(status);

    if (i % 2 == 0)
        t.columns.push_back(column(QStringLiteral("c_%1_notes").arg(n), QStringLiteral("notes"),
                                   Core::TypeKind::Text, true));
    if (i % 3 == 0) {
        Core::Column quantity = column(QStringLiteral("c_%1_quantity").arg(n),
                                       QStringLiteral("quantity"), Core::TypeKind::Integer, false);
        quantity.defaultValue = qint64(0);
        t.columns.push_back(quantity);
        Core::CheckConstraint check;
        check.id = QStringLiteral("ck_%1_quantity").arg(n);
        check.name = QStringLiteral("quantity_non_negative");
        check.expression = QStringLiteral("quantity >= 0");
        t.checks.push_back(check);
    }

    Core::Index index;
    index.id = QStringLiteral("ix_%1_status_created").arg(n);
    index.columns = {status.id, created.id};
    t.indexes.push_back(index);

    if (!entities.empty()) {
        const int parentIndex = entities[random.bounded(static_cast<int>(entities.size()))];
        const Core::Table &parent = schema.tables[parentIndex];

        Core::Column parentId = column(QStringLiteral("c_%1_parent").arg(n),
                                       QStringLiteral("parent_id"), Core::TypeKind::Integer, true);
        parentId.index = true;
        t.columns.push_back(parentId);

        Core::ForeignKey fk;
        fk.id = QStringLiteral("fk_%1_parent").arg(n);
        fk.columns = {parentId.id};
        fk.refTable = parent.id;
        fk.refColumns = {parent.columns.front().id};
        fk.onDelete = QStringLiteral("SET NULL");
        t.foreignKeys.push_back(fk);

        Core::Relationship rel;
        rel.id = QStringLiteral("r_%1_parent").arg(n);
        rel.kind = Core::RelationshipKind::OneToMany;
        rel.foreignKey = fk.id;
        rel.parentAttribute = QStringLiteral("items_") + n;
        rel.childAttribute = QStringLiteral("parent");
        schema.relationships.push_back(rel);
    }
    schema.tables.push_back(std::move(t));
}

void addLinkTable(Core::Schema &schema, int i, const std::vector<int> &entities, Random &random)
{
    const QString n = number(i);
    const int count = static_cast<int>(entities.size());
    // Two distinct entity tables: the second is drawn from the other count - 1.
    const int leftPos = random.bounded(count);
    const int rightPos = (leftPos + 1 + random.bounded(count - 1)) % count;
    const Core::Table &left = schema.tables[entities[leftPos]];
    const Core::Table &right = schema.tables[entities[rightPos]];

    Core::Table t;
    t.id = QStringLiteral("t_") + n;
    t.name = QStringLiteral("link_") + n;
    t.position = gridPosition(i);

    Core::Column leftId = column(QStringLiteral("c_%1_left").arg(n), QStringLiteral("left_id"),
                                 Core::TypeKind::Integer, false);
    leftId.primaryKey = true;
    Core::Column rightId = column(QStringLiteral("c_%1_right").arg(n), QStringLiteral("right_id"),
                                  Core::TypeKind::Integer, false);
    rightId.primaryKey = true;
    rightId.index = true;
    Core::Column linked = column(QStringLiteral("c_%1_linked").arg(n), QStringLiteral("linked_at"),
                                 Core::TypeKind::DateTime, false);
    linked.type.timezone = true;
    linked.defaultFactory = Core::DefaultFactory::NowUtc;
    t.columns = {leftId, rightId, linked};

    Core::ForeignKey leftFk;
    leftFk.id = QStringLiteral("fk_%1_left").arg(n);
    leftFk.columns = {leftId.id};
    leftFk.refTable = left.id;
    leftFk.refColumns = {left.columns.front().id};
    leftFk.onDelete = QStringLiteral("CASCADE");
    Core::ForeignKey rightFk = leftFk;
    rightFk.id = QStringLiteral("fk_%1_right").arg(n);
    rightFk.columns = {rightId.id};
    rightFk.refTable = right.id;
    rightFk.refColumns = {right.columns.front().id};
    t.foreignKeys = {leftFk, rightFk};

    Core::Relationship rel;
    rel.id = QStringLiteral("r_%1_link").arg(n);
    rel.kind = Core::RelationshipKind::ManyToMany;
    rel.foreignKey = leftFk.id;
    rel.secondForeignKey = rightFk.id;
    rel.parentAttribute = QStringLiteral("rights_") + n;
    rel.childAttribute = QStringLiteral("lefts_") + n;
    schema.relationships.push_back(rel);
    schema.tables.push_back(std::move(t));
}

Core::Schema buildSchema(int tableCount)
{
    Core::Schema schema;
    schema.name = QStringLiteral("bench_%1").arg(tableCount);
    schema.enums.push_back({QStringLiteral("e_status"), QStringLiteral("Status"),
                            QStringLiteral("status"),
                            {QStringLiteral("draft"), QStringLiteral("active"),
                             QStringLiteral("archived")},
                            {}});
    schema.enums.push_back({QStringLiteral("e_priority"), QStringLiteral("Priority"),
                            QStringLiteral("priority"),
                            {QStringLiteral("low"), QStringLiteral("normal"),
                             QStringLiteral("high"), QStringLiteral("urgent")},
                            {}});
    schema.tables.reserve(tableCount);
    schema.relationships.reserve(tableCount);

    Random random;
    std::vector<int> entities; // indexes of the entity tables, the targets of foreign keys
    for (int i = 0; i < tableCount; ++i) {
        if (i % 10 == 9 && entities.size() >= 2) {
            addLinkTable(schema, i, entities, random);
        } else {
            addEntityTable(schema, i, entities, random);
            entities.push_back(i);
        }
    }
    return schema;
}

// --- measuring -----------------------------------------------------------------------------------

struct Timing
{
    double bestMs = 0;
    double medianMs = 0;
};

Timing measure(int repeat, const std::function<void()> &run)
{
    std::vector<double> ms;
    ms.reserve(repeat);
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const std::size_t mid = ms.size() / 2;
    const double median = ms.size() % 2 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2;
    return {ms.front(), median};
}

// Peak resident set size of this process so far, in MiB (Linux only; -1 elsewhere).
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report a size of 0, so read line by line rather than through atEnd().
    for (;;) {
        const QByteArray line = status.readLine();
        if (line.isEmpty())
            break;
        if (line.startsWith("VmHWM:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

qint64 outputBytes(const std::vector<Core::GeneratedFile> &files)
{
    qint64 bytes = 0;
    for (const Core::GeneratedFile &f : files)
        bytes += f.content.toUtf8().size();
    return bytes;
}

QString grouped(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 3 : (ms < 1000 ? 1 : 0));
}

// The targets from the requirements: 1,000 tables in under 100 ms, 10,000 in under a second.
QString target(int tables, double medianMs)
{
    double limitMs = 0;
    if (tables == 1000)
        limitMs = 100;
    else if (tables == 10000)
        limitMs = 1000;
    else
        return QString();
    const QString limit = limitMs < 1000 ? QStringLiteral("< 100 ms") : QStringLiteral("< 1 s");
    return limit + (medianMs < limitMs ? QStringLiteral(" ok") : QStringLiteral(" MISSED"));
}

struct Operation
{
    QString group; // what --only selects: validate, generate, serialize or parse
    QString label;
    std::function<void()> run;
    QString output; // what it produced, for the output column
};

struct Previous
{
    int tables = 0;
    double medianMs = 0;
};

void printHeader(int repeat)
{
    out() << "bench_generate: " << repeat
          << " runs per measurement; best and median wall time in milliseconds\n"
          << "growth = (median / median at the previous size) / (tables / previous tables): "
             "~1.0 is linear\n"
          << "targets (median): 1,000 tables < 100 ms, 10,000 tables < 1 s\n"
          << "peak = VmHWM, the peak resident memory of the process so far\n\n";
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(QStringLiteral("tables"), 7)
                 .arg(QStringLiteral("operation"), -17)
                 .arg(QStringLiteral("best ms"), 9)
                 .arg(QStringLiteral("median ms"), 9)
                 .arg(QStringLiteral("growth"), 6)
                 .arg(QStringLiteral("output"), -26)
                 .arg(QStringLiteral("target"));
    out() << QString(7, u'-') << "  " << QString(17, u'-') << "  " << QString(9, u'-') << "  "
          << QString(9, u'-') << "  " << QString(6, u'-') << "  " << QString(26, u'-') << "  "
          << QString(12, u'-') << "\n";
    out().flush();
}

// Runs every operation on a schema of `tables` tables; returns false when the schema does not
// validate (a bug in this benchmark or in validate()).
bool benchSize(int tables, int repeat, const QStringList &only,
               std::map<QString, Previous> &previous)
{
    const auto selected = [&only](const QString &group) {
        return only.isEmpty() || only.contains(group);
    };
    QElapsedTimer buildTimer;
    buildTimer.start();
    const Core::Schema schema = buildSchema(tables);
    const double buildMs = static_cast<double>(buildTimer.nsecsElapsed()) / 1e6;

    const std::vector<Core::ValidationIssue> issues = Core::validate(schema);
    if (!issues.empty()) {
        err() << "bench_generate: the synthetic schema of " << tables << " tables has "
              << issues.size() << " validation issues, e.g.:\n";
        for (std::size_t i = 0; i < issues.size() && i < 10; ++i)
            err() << "  " << issues[i].where << ": " << issues[i].message << "\n";
        err().flush();
        return false;
    }

    Core::GeneratorOptions moduleOptions;
    moduleOptions.layout = Core::GeneratorOptions::Layout::Module;
    moduleOptions.multipleModels = true;
    Core::GeneratorOptions packageOptions = moduleOptions;
    packageOptions.layout = Core::GeneratorOptions::Layout::Package;

    std::vector<Core::GeneratedFile> moduleFiles;
    std::vector<Core::GeneratedFile> packageFiles;
    if (selected(QStringLiteral("generate"))) {
        moduleFiles = Core::generateSqlModel(schema, moduleOptions);
        packageFiles = Core::generateSqlModel(schema, packageOptions);
    }
    const QByteArray project = Core::serializeProject(schema);

    Core::Schema parsed;
    Core::LoadError loadError;
    const bool parsedOk = Core::parseProject(project, QStringLiteral("bench.sqlmodel.json"),
                                             &parsed, &loadError);
    QStringList warnings;
    if (selected(QStringLiteral("generate")) && (moduleFiles.empty() || packageFiles.empty()))
        warnings << QStringLiteral("generateSqlModel returned no files");
    if (!parsedOk)
        warnings << QStringLiteral("parseProject refused serializeProject's output: ")
                        + loadError.toString();
    else if (!(parsed == schema))
        warnings << QStringLiteral("parseProject(serializeProject(schema)) != schema");

    // A design edit touching every tenth table: a column added, one renamed, one retyped.
    Core::Schema changed = schema;
    for (std::size_t i = 0; i < changed.tables.size(); i += 10) {
        Core::Table &t = changed.tables[i];
        Core::Column extra;
        extra.id = t.id + QLatin1String("_extra");
        extra.name = QStringLiteral("note");
        extra.type.kind = Core::TypeKind::Text;
        t.columns.push_back(extra);
        if (t.columns.size() > 2) {
            t.columns[1].name += QLatin1String("_renamed");
            if (t.columns[1].type.kind == Core::TypeKind::String)
                t.columns[1].type.length = 500;
        }
    }

    // Sinks keep the results observable so that nothing is optimised away.
    qint64 sink = 0;
    const auto fileSummary = [](const std::vector<Core::GeneratedFile> &files) {
        return QStringLiteral("%1 B, %2 file%3")
            .arg(grouped(outputBytes(files)))
            .arg(files.size())
            .arg(files.size() == 1 ? QString() : QStringLiteral("s"));
    };
    const std::vector<Operation> operations = {
        {QStringLiteral("validate"), QStringLiteral("validate"),
         [&] { sink += static_cast<qint64>(Core::validate(schema).size()); },
         QStringLiteral("%1 issues").arg(issues.size())},
        {QStringLiteral("generate"), QStringLiteral("generate module"),
         [&] { sink += static_cast<qint64>(Core::generateSqlModel(schema, moduleOptions).size()); },
         fileSummary(moduleFiles)},
        {QStringLiteral("generate"), QStringLiteral("generate package"),
         [&] {
             sink += static_cast<qint64>(Core::generateSqlModel(schema, packageOptions).size());
         },
         fileSummary(packageFiles)},
        {QStringLiteral("migrate"), QStringLiteral("revision (all)"),
         [&] {
             sink += Core::generateRevision(Core::Schema(), schema, QString(), QStringLiteral("init"))
                         .content.size();
         },
         QStringLiteral("creates every table")},
        {QStringLiteral("migrate"), QStringLiteral("revision (10%)"),
         [&] {
             sink += Core::generateRevision(schema, changed, QStringLiteral("abc"), QStringLiteral("edit"))
                         .content.size();
         },
         QStringLiteral("%1 changes").arg(Core::diffSchemas(schema, changed).size())},
        {QStringLiteral("lint"), QStringLiteral("lintSchema"),
         [&] { sink += static_cast<qint64>(Core::lintSchema(schema).size()); },
         QStringLiteral("%1 findings").arg(Core::lintSchema(schema).size())},
        {QStringLiteral("serialize"), QStringLiteral("serializeProject"),
         [&] { sink += Core::serializeProject(schema).size(); },
         QStringLiteral("%1 B").arg(grouped(project.size()))},
        {QStringLiteral("parse"), QStringLiteral("parseProject"),
         [&] {
             Core::Schema s;
             Core::LoadError e;
             sink += Core::parseProject(project, QStringLiteral("bench.sqlmodel.json"), &s, &e);
             sink += static_cast<qint64>(s.tables.size());
         },
         QStringLiteral("from %1 B").arg(grouped(project.size()))},
    };

    // The designer's lint: after an edit to one table, only the tables it can affect are
    // checked again (issue 6: under 20 ms per edit at 1,000 tables).
    Core::IncrementalLint incremental;
    (void)incremental.update(schema);
    Core::Schema edited = schema;
    int edits = 0;
    std::vector<Operation> all = operations;
    all.push_back({QStringLiteral("lint"), QStringLiteral("lint, one edit"),
                   [&] {
                       edited.tables[edited.tables.size() / 2].comment =
                           QStringLiteral("edit %1").arg(++edits);
                       sink += static_cast<qint64>(incremental.update(edited).size());
                   },
                   QStringLiteral("IncrementalLint")});

    for (const Operation &op : all) {
        if (!selected(op.group))
            continue;
        const Timing timing = measure(repeat, op.run);
        QString growth = QStringLiteral("-");
        const auto it = previous.find(op.label);
        if (it != previous.end() && it->second.medianMs > 0.001 && it->second.tables != tables) {
            const double timeRatio = timing.medianMs / it->second.medianMs;
            const double sizeRatio = static_cast<double>(tables) / it->second.tables;
            growth = QString::number(timeRatio / sizeRatio, 'f', 2);
        }
        previous[op.label] = {tables, timing.medianMs};
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(grouped(tables), 7)
                     .arg(op.label, -17)
                     .arg(milliseconds(timing.bestMs), 9)
                     .arg(milliseconds(timing.medianMs), 9)
                     .arg(growth, 6)
                     .arg(op.output, -26)
                     .arg(target(tables, timing.medianMs));
        out().flush();
    }
    Q_UNUSED(sink) // the calls go to another library and cannot be optimised away anyway
    out() << QStringLiteral("%1  peak %2 MiB; schema: %3 relationships, built in %4 ms\n")
                 .arg(QString(), 7)
                 .arg(QString::number(peakMemoryMiB(), 'f', 1))
                 .arg(schema.relationships.size())
                 .arg(milliseconds(buildMs));
    for (const QString &w : warnings)
        out() << QString(9, u' ') << "WARNING: " << w << "\n";
    out() << "\n";
    out().flush();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times validate, generateSqlModel, serializeProject and parseProject on "
                       "synthetic schemas."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Comma-separated table counts."),
                                         QStringLiteral("list"),
                                         QStringLiteral("100,1000,10000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per measurement (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated operations to time: validate, generate, serialize, "
                       "parse (default: all)."),
        QStringLiteral("list"));
    parser.addOption(sizesOption);
    parser.addOption(repeatOption);
    parser.addOption(onlyOption);
    parser.process(app);

    std::vector<int> sizes;
    for (const QString &part : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.trimmed().remove(u'_').toInt(&ok);
        if (!ok || size < 1) {
            err() << "bench_generate: invalid size '" << part << "'\n";
            return 2;
        }
        sizes.push_back(size);
    }
    bool repeatOk = false;
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    if (sizes.empty() || !repeatOk || repeat < 1) {
        err() << "bench_generate: --sizes needs at least one count and --repeat a count >= 1\n";
        return 2;
    }

    const QStringList known = {QStringLiteral("validate"), QStringLiteral("generate"),
                               QStringLiteral("serialize"), QStringLiteral("parse"),
                               QStringLiteral("lint"), QStringLiteral("migrate")};
    QStringList only;
    for (const QString &part : parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)) {
        if (!known.contains(part.trimmed())) {
            err() << "bench_generate: unknown operation '" << part << "' (known: "
                  << known.join(QLatin1String(", ")) << ")\n";
            return 2;
        }
        only << part.trimmed();
    }

    printHeader(repeat);
    std::map<QString, Previous> previous;
    for (int size : sizes) {
        if (!benchSize(size, repeat, only, previous))
            return 1;
    }
    return 0;
}
