#include "json/json_pointer.h"

#include <QStringList>

namespace engage {

QString jsonPointerAppend(const QString& pointer, const QString& memberName)
{
    QString token = memberName;
    // RFC 6901 §3: '~' first, so that the '~1' written for '/' is not escaped again.
    token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + token;
}

QString jsonPointerAppend(const QString& pointer, qsizetype arrayIndex)
{
    return pointer + QLatin1Char('/') + QString::number(arrayIndex);
}

const JsonValue& jsonPointerNearest(const JsonValue& root, const QString& pointer)
{
    const JsonValue* current = &root;
    if (pointer.isEmpty())
        return *current;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        const JsonValue* next = nullptr;
        if (current->isObject()) {
            next = current->member(token);
        } else if (current->isArray()) {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            if (isIndex && index >= 0 && index < static_cast<qsizetype>(current->items().size()))
                next = &current->items()[static_cast<std::size_t>(index)];
        }
        if (!next)
            break;
        current = next;
    }
    return *current;
}

} // namespace engage
