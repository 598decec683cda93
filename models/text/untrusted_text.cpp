#include "text/untrusted_text.h"

#include <algorithm>

namespace engage {

namespace {

constexpr QChar ellipsis(0x2026);

void appendEscape(QString& out, char16_t unit)
{
    constexpr char hexDigits[] = "0123456789abcdef";
    out += QLatin1String("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out += QLatin1Char(hexDigits[(unit >> shift) & 0xF]);
}

} // namespace

QString UntrustedText::quoted(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar character : text) {
        if (character == u'"' || character == u'\\')
            escaped += u'\\';
        escaped += character;
    }
    return QLatin1Char('"') + forDisplay(escaped, maxQuotedLength) + QLatin1Char('"');
}

QString UntrustedText::forDisplay(QStringView text, qsizetype maxLength)
{
    Q_ASSERT(maxLength >= 1);
    QString out;
    out.reserve(std::min(text.size(), maxLength));
    // The longest prefix of whole pieces (characters and escapes) that leaves room for the
    // ellipsis, should the text turn out too long.
    qsizetype cut = 0;
    for (qsizetype index = 0; index < text.size();) {
        const char16_t unit = text.at(index).unicode();
        if (QChar::isHighSurrogate(unit) && index + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(index + 1).unicode())) {
            out += text.mid(index, 2);
            index += 2;
        } else {
            if (QChar::isSurrogate(unit) || mustEscape(unit))
                appendEscape(out, unit);
            else
                out += QChar(unit);
            ++index;
        }
        if (out.size() > maxLength) {
            out.truncate(cut);
            out += ellipsis;
            return out;
        }
        if (out.size() < maxLength)
            cut = out.size();
    }
    return out;
}

} // namespace engage
