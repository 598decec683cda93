#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace engage {

// Token lifetimes (seconds, never negative) counted in fixed memory, so that a median can be
// given for a log of any size: one bucket per second below 65,536 s (18 h 12 min, which holds
// every lifetime an integration is advised to use, exactly), then 256 buckets per power of two,
// whose width is under 0.4 % of the values they hold. About 620 KiB, whatever the count.
class LifetimeHistogram
{
public:
    LifetimeHistogram();

    void add(qint64 seconds);
    void merge(const LifetimeHistogram& other);

    qint64 count() const { return m_count; }
    std::optional<qint64> minimum() const; // exact
    std::optional<qint64> maximum() const; // exact
    // The lower median (the value of rank ceil(count / 2)), exact below 65,536 s; above, the
    // lower bound of its bucket.
    std::optional<qint64> median() const;
    // Whether median() may be below the true median (it fell in a bucket wider than a second).
    bool medianApproximate() const;

private:
    static std::size_t bucketOf(qint64 seconds);
    static qint64 lowerBoundOf(std::size_t bucket);
    std::size_t medianBucket() const;

    std::vector<qint64> m_buckets;
    qint64 m_count = 0;
    qint64 m_minimum = 0;
    qint64 m_maximum = 0;
};

} // namespace engage
