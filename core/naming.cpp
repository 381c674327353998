// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "naming.h"

#include "schema.h"

#include <QSet>

#include <algorithm>

namespace Core {

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> set = {
        "False",  "None",   "True",    "and",      "as",       "assert", "async",
        "await",  "break",  "class",   "continue", "def",      "del",    "elif",
        "else",   "except", "finally", "for",      "from",     "global", "if",
        "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
        "pass",   "raise",  "return",  "try",      "while",    "with",   "yield",
        "match",  "case",   "type",    "_",
    };
    return set;
}

// Attributes of SQLModel / Pydantic BaseModel and names the generated module imports: a column
// attribute with one of these names would shadow them or break the class.
const QSet<QString> &reservedAttributes()
{
    static const QSet<QString> set = {
        "metadata", "registry", "model_config", "model_fields", "model_computed_fields",
        "copy", "dict", "json", "schema", "schema_json", "construct", "validate",
        "parse_obj", "parse_raw", "parse_file", "from_orm", "update_forward_refs",
        "sqlmodel_update", "sqlmodel_validate", "Config", "Field", "Relationship",
        "SQLModel", "Optional", "Any", "datetime", "date", "time", "timedelta", "timezone",
        "uuid", "Decimal", "enum", "sa", "text", "list", "dict", "str", "int", "float",
        "bool", "bytes", "object", "fields_set",
    };
    return set;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

} // namespace

bool isPythonKeyword(const QString &name) { return keywords().contains(name); }

bool isReservedAttribute(const QString &name)
{
    return isPythonKeyword(name) || reservedAttributes().contains(name)
           || name.startsWith(QLatin1String("model_")) || name.startsWith(u'_')
           || name.startsWith(QLatin1String("sa_")) || name.startsWith(QLatin1String("__"));
}

bool isIdentifier(const QString &name)
{
    if (name.isEmpty() || isAsciiDigit(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_')
            return false;
    }
    return true;
}

QString safeAttributeName(const QString &name)
{
    // Decompose accented letters so that "café" becomes "cafe" rather than "caf_" (ASCII needs
    // no decomposing, and names are nearly always ASCII).
    const bool ascii = std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? name : name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastUnderscore = false;
    for (QChar c : decomposed) {
        if (!ascii && c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            out += c;
            lastUnderscore = false;
        } else if (!lastUnderscore) {
            out += u'_';
            lastUnderscore = true;
        }
    }
    // Strip leading underscores (Pydantic treats them as private attributes) and trailing ones
    // that came from punctuation.
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_') && out.size() > 1)
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("field");
    if (isAsciiDigit(out.front()))
        out.prepend(QLatin1String("f_"));
    if (out.startsWith(QLatin1String("model_")))
        out = QLatin1String("field_") + out;
    else if (out.startsWith(QLatin1String("sa_")))
        out = QLatin1String("field_") + out;
    if (isPythonKeyword(out) || reservedAttributes().contains(out))
        out += u'_';
    return out;
}

QString classNameFromTableName(const QString &name)
{
    const QString safe = safeAttributeName(name);
    QString out;
    bool upper = true;
    for (QChar c : safe) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    if (out.isEmpty() || isAsciiDigit(out.front()))
        out.prepend(QLatin1String("T"));
    if (isPythonKeyword(out) || reservedAttributes().contains(out))
        out += QLatin1String("Model");
    return out;
}

QString columnAttribute(const Column &column)
{
    return column.attribute.isEmpty() ? safeAttributeName(column.name) : column.attribute;
}

QString tableClassName(const Table &table)
{
    return table.className.isEmpty() ? classNameFromTableName(table.name) : table.className;
}

QString snakeCase(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper()) {
            const bool prevLower = i > 0 && (name.at(i - 1).isLower() || name.at(i - 1).isDigit());
            const bool nextLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (i > 0 && (prevLower || (nextLower && name.at(i - 1).isUpper())) && !out.endsWith(u'_'))
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString pluralize(const QString &word)
{
    if (word.isEmpty())
        return word;
    const QString lower = word.toLower();
    static const QSet<QString> uncountable = {"data", "information", "equipment", "news",
                                              "series", "species", "metadata", "media"};
    if (uncountable.contains(lower))
        return word;
    if (lower == QLatin1String("person"))
        return word.left(word.size() - 4) + QLatin1String("ople");
    if (lower == QLatin1String("child"))
        return word + QLatin1String("ren");
    // Most words in -o take -s (photo, logo, video); these few take -es.
    static const QSet<QString> takesEs = {"hero", "potato", "tomato", "echo", "veto", "torpedo"};
    for (const QString &w : takesEs) {
        if (lower == w || lower.endsWith(u'_' + w))
            return word + QLatin1String("es");
    }
    if (lower.endsWith(QLatin1String("s")) || lower.endsWith(QLatin1String("x"))
        || lower.endsWith(QLatin1String("z")) || lower.endsWith(QLatin1String("ch"))
        || lower.endsWith(QLatin1String("sh")))
        return word + QLatin1String("es");
    if (lower.size() > 1 && lower.endsWith(u'y')) {
        const QChar before = lower.at(lower.size() - 2);
        if (!QStringLiteral("aeiou").contains(before))
            return word.left(word.size() - 1) + QLatin1String("ies");
    }
    return word + u's';
}

QString singularize(const QString &word)
{
    const QString lower = word.toLower();
    // Already singular, though they end in -s: status, analysis, news, series, species.
    static const QStringList keep = {"us", "is", "news", "series", "species", "data", "media"};
    for (const QString &k : keep) {
        if (lower.endsWith(k))
            return word;
    }
    if (lower.endsWith(QLatin1String("people")))
        return word.left(word.size() - 4) + QLatin1String("rson");
    if (lower.endsWith(QLatin1String("heroes")) || lower.endsWith(QLatin1String("potatoes"))
        || lower.endsWith(QLatin1String("tomatoes")) || lower.endsWith(QLatin1String("echoes")))
        return word.left(word.size() - 2);
    if (lower.endsWith(QLatin1String("ies")) && lower.size() > 3)
        return word.left(word.size() - 3) + u'y';
    if (lower.endsWith(QLatin1String("sses")) || lower.endsWith(QLatin1String("xes"))
        || lower.endsWith(QLatin1String("ches")) || lower.endsWith(QLatin1String("shes")))
        return word.left(word.size() - 2);
    if (lower.endsWith(u's') && !lower.endsWith(QLatin1String("ss")) && lower.size() > 1)
        return word.left(word.size() - 1);
    return word;
}

// A lower-case snake_case identifier from any SQL name.
QString snakeIdentifier(const QString &name)
{
    QString s = safeAttributeName(snakeCase(safeAttributeName(name))).toLower();
    while (s.contains(QLatin1String("__")))
        s.replace(QLatin1String("__"), QLatin1String("_"));
    return safeAttributeName(s);
}

// `order_details` -> `order_detail`: the last word singular.
QString singularSnake(const QString &snake)
{
    const qsizetype cut = snake.lastIndexOf(u'_');
    if (cut < 0)
        return singularize(snake);
    return snake.left(cut + 1) + singularize(snake.mid(cut + 1));
}

} // namespace Core
