// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers that render user-supplied values as safe Python source: every name, string and
// comment that comes from a design passes through here, so no input can break or inject into
// the generated code.

#include <QString>

namespace Core::Python {

// A Python string literal with double quotes, as `ruff format` prefers. Escapes backslashes,
// quotes and every non-printable or line-breaking character; keeps printable unicode.
QString stringLiteral(const QString &value);

// A float literal that round-trips (repr-style), e.g. 1.0, 0.1, 1e+100.
QString floatLiteral(double value);

// A `# comment` body made safe: line breaks and control characters become spaces.
QString commentText(const QString &value);

} // namespace Core::Python
