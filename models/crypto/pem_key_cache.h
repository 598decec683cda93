#pragma once

#include "crypto/pem_key.h"

#include <QHash>
#include <QString>

namespace engage {

// Remembers inspectPemKey() answers by PEM text. Parsing an RSA key costs about 0.4 ms, so the
// application's live validation, which runs after every keystroke, would spend most of its
// time re-parsing keys that did not change. Entries not asked for since the last
// dropUnused() are forgotten then, so the cache holds about one entry per configured key.
class PemKeyCache
{
public:
    const PemKeyInspection& inspect(const QString& pemText);
    void dropUnused();

private:
    struct Entry
    {
        PemKeyInspection inspection;
        bool used = false;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace engage
