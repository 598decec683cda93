#include "crypto/pem_key_cache.h"

namespace engage {

const PemKeyInspection& PemKeyCache::inspect(const QString& pemText)
{
    auto entry = m_entries.find(pemText);
    if (entry == m_entries.end())
        entry = m_entries.insert(pemText, {inspectPemKey(pemText.toUtf8()), false});
    entry->used = true;
    return entry->inspection;
}

void PemKeyCache::dropUnused()
{
    for (auto entry = m_entries.begin(); entry != m_entries.end();) {
        if (entry->used) {
            entry->used = false;
            ++entry;
        } else {
            entry = m_entries.erase(entry);
        }
    }
}

} // namespace engage
