// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonwriter.h"

#include <algorithm>

#include <QList>
#include <QLocale>

#include <cmath>
#include <cstdio>

namespace Core::Python {

QString stringLiteral(const QString &value)
{
    // ruff format prefers double quotes unless that needs more escapes than single quotes.
    const qsizetype doubles = value.count(u'"');
    const qsizetype singles = value.count(u'\'');
    const QChar quote = doubles > singles ? u'\'' : u'"';
    QString out;
    out.reserve(value.size() + 2);
    out += quote;
    // The common case, printable ASCII with nothing to escape, is copied as it is.
    const bool plain = std::all_of(value.begin(), value.end(), [&](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'\\' && c != quote;
    });
    if (plain) {
        out += value;
        out += quote;
        return out;
    }
    const auto ucs4 = value.toUcs4();
    for (char32_t c : ucs4) {
        switch (c) {
        case U'\\': out += QLatin1String("\\\\"); continue;
        case U'\n': out += QLatin1String("\\n"); continue;
        case U'\r': out += QLatin1String("\\r"); continue;
        case U'\t': out += QLatin1String("\\t"); continue;
        default: break;
        }
        if (c == quote.unicode()) {
            out += u'\\';
            out += quote;
            continue;
        }
        const QChar::Category cat = QChar::category(c);
        const bool unsafe = c < 0x20 || c == 0x7f || cat == QChar::Other_Control
                            || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
                            || cat == QChar::Other_NotAssigned || cat == QChar::Other_PrivateUse
                            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph
                            || (cat == QChar::Separator_Space && c != U' ');
        if (unsafe) {
            char buf[16];
            if (c <= 0xff)
                std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
            else if (c <= 0xffff)
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c));
            out += QLatin1String(buf);
            continue;
        }
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }
    out += quote;
    return out;
}

QString floatLiteral(double value)
{
    if (std::isnan(value))
        return QStringLiteral("float(\"nan\")");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("float(\"inf\")") : QStringLiteral("-float(\"inf\")");
    // Shortest representation that round-trips, like Python's repr().
    QString s = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!s.contains(u'.') && !s.contains(u'e') && !s.contains(QLatin1String("inf")))
        s += QLatin1String(".0");
    return s;
}

QString commentText(const QString &value)
{
    QString out;
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph || c.category() == QChar::Other_Format)
            out += u' ';
        else
            out += c;
    }
    return out.trimmed();
}

} // namespace Core::Python
