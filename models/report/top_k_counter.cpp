#include "top_k_counter.h"

#include <algorithm>

namespace engage {

void TopKCounter::add(const QString& text, std::optional<qint64> value)
{
    const auto found = m_indexOf.constFind(text);
    qsizetype index = 0;
    if (found != m_indexOf.constEnd()) {
        index = *found;
    } else if (m_entries.size() < m_capacity) {
        index = m_entries.size();
        m_entries.append(Entry{text, 0, 0, std::nullopt});
        m_indexOf.insert(text, index);
    } else {
        // The least counted text gives its place, and its count, to the new one. A linear scan:
        // the capacity is small, and texts that stay held cost nothing here.
        const auto least = std::min_element(
            m_entries.cbegin(), m_entries.cend(),
            [](const Entry& left, const Entry& right) { return left.count < right.count; });
        index = least - m_entries.cbegin();
        Entry& replaced = m_entries[index];
        m_indexOf.remove(replaced.text);
        replaced = Entry{text, replaced.count, replaced.count, std::nullopt};
        m_indexOf.insert(text, index);
        m_approximate = true;
    }
    Entry& entry = m_entries[index];
    ++entry.count;
    if (value && (!entry.latest || *value > *entry.latest))
        entry.latest = value;
}

qint64 TopKCounter::smallestCount() const
{
    if (!m_approximate)
        return 0; // nothing was ever replaced: a text not held never occurred
    qint64 smallest = m_entries.constFirst().count;
    for (const Entry& entry : m_entries)
        smallest = std::min(smallest, entry.count);
    return smallest;
}

void TopKCounter::merge(const TopKCounter& other)
{
    // A text missing from one counter may have occurred there up to that counter's smallest
    // count (0 when it never replaced a text): both bounds are added, then the largest counts
    // are kept.
    const qint64 mineMissing = smallestCount();
    const qint64 otherMissing = other.smallestCount();
    QList<Entry> combined;
    QHash<QString, qsizetype> combinedIndex;
    for (const Entry& entry : std::as_const(m_entries)) {
        combinedIndex.insert(entry.text, combined.size());
        combined.append(entry);
        combined.last().count += otherMissing;
        combined.last().error += otherMissing;
    }
    for (const Entry& entry : other.m_entries) {
        const auto found = combinedIndex.constFind(entry.text);
        if (found == combinedIndex.constEnd()) {
            combined.append(Entry{entry.text, entry.count + mineMissing, entry.error + mineMissing,
                                  entry.latest});
            continue;
        }
        Entry& mine = combined[*found];
        // The text was held by both: undo the bound added for it above, add the real count.
        mine.count += entry.count - otherMissing;
        mine.error += entry.error - otherMissing;
        if (entry.latest && (!mine.latest || *entry.latest > *mine.latest))
            mine.latest = entry.latest;
    }
    m_approximate = m_approximate || other.m_approximate || mineMissing > 0 || otherMissing > 0;
    std::sort(combined.begin(), combined.end(), [](const Entry& left, const Entry& right) {
        return left.count != right.count ? left.count > right.count : left.text < right.text;
    });
    if (combined.size() > m_capacity) {
        combined.resize(m_capacity);
        m_approximate = true;
    }
    m_entries = combined;
    m_indexOf.clear();
    for (qsizetype index = 0; index < m_entries.size(); ++index)
        m_indexOf.insert(m_entries[index].text, index);
}

QList<TopKCounter::Entry> TopKCounter::entries() const
{
    QList<Entry> sorted = m_entries;
    std::sort(sorted.begin(), sorted.end(), [](const Entry& left, const Entry& right) {
        return left.count != right.count ? left.count > right.count : left.text < right.text;
    });
    return sorted;
}

} // namespace engage
