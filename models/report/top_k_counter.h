#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// Counts occurrences of texts read from an untrusted source (the kids of unknown keys, the
// extra_values keys of a token log) in bounded memory: the Space-Saving algorithm (Metwally,
// Agrawal, El Abbadi, 2005). At most `capacity` texts are held; once full, a new text replaces
// the least counted one and inherits its count as its possible overcount (`error`). Any text
// occurring more than total / capacity times is held, and a held count is at most `error` above
// the true one. While nothing was ever replaced, every count is exact.
class TopKCounter
{
public:
    struct Entry
    {
        QString text;
        qint64 count = 0;             // an upper bound; exact when error is 0
        qint64 error = 0;             // how much of count may belong to texts this one replaced
        std::optional<qint64> latest; // the largest value passed with this text's occurrences
    };

    explicit TopKCounter(int capacity) : m_capacity(capacity) {}

    // One occurrence of `text`, with a value to keep the largest of (a token's exp), if any.
    void add(const QString& text, std::optional<qint64> value = std::nullopt);
    // Adds another counter's counts, as counted on another thread: the result is what counting
    // both inputs in one counter would bound (Agarwal et al., "Mergeable summaries", 2012).
    void merge(const TopKCounter& other);

    // Most counted first; ties by text, so that output does not depend on thread timing.
    QList<Entry> entries() const;
    int size() const { return static_cast<int>(m_entries.size()); }
    int capacity() const { return m_capacity; }
    // Whether some count may be above the true one: a text was replaced, or a merged counter
    // was full.
    bool approximate() const { return m_approximate; }

private:
    qint64 smallestCount() const;

    int m_capacity;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_indexOf; // text -> position in m_entries
    bool m_approximate = false;
};

} // namespace engage
