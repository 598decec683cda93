#pragma once

#include "text/untrusted_text.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The characters of a program's output that could drive a terminal or reorder a line (those
// UntrustedText::mustEscape names), line feeds apart, written U+XXXX for a failure message;
// empty when the output holds none.
inline QString rawControlsIn(const QByteArray& output)
{
    QStringList found;
    for (const char32_t codePoint : QString::fromUtf8(output).toUcs4()) {
        if (codePoint != U'\n' && engage::UntrustedText::mustEscape(codePoint))
            found << QStringLiteral("U+%1").arg(static_cast<uint>(codePoint), 4, 16,
                                                QLatin1Char('0'));
    }
    return found.join(QLatin1Char(' '));
}
