#include "lifetime_histogram.h"

#include <QtAlgorithms>

#include <algorithm>

namespace engage {

namespace {

constexpr int exactBits = 16; // one bucket per second below 2^16
constexpr int subBucketBits = 8;
constexpr qint64 exactLimit = qint64{1} << exactBits;
constexpr std::size_t subBuckets = std::size_t{1} << subBucketBits;
// Powers of two from 2^16 up to 2^62 (the highest a non-negative qint64 reaches).
constexpr std::size_t bucketCount =
    static_cast<std::size_t>(exactLimit) + (63 - exactBits) * subBuckets;

} // namespace

LifetimeHistogram::LifetimeHistogram() : m_buckets(bucketCount, 0) {}

std::size_t LifetimeHistogram::bucketOf(qint64 seconds)
{
    if (seconds < exactLimit)
        return static_cast<std::size_t>(seconds);
    const auto value = static_cast<quint64>(seconds);
    const int power = 63 - static_cast<int>(qCountLeadingZeroBits(value)); // exactBits .. 62
    const auto subBucket = static_cast<std::size_t>(value >> (power - subBucketBits)) - subBuckets;
    return static_cast<std::size_t>(exactLimit) +
           static_cast<std::size_t>(power - exactBits) * subBuckets + subBucket;
}

qint64 LifetimeHistogram::lowerBoundOf(std::size_t bucket)
{
    if (bucket < static_cast<std::size_t>(exactLimit))
        return static_cast<qint64>(bucket);
    const std::size_t offset = bucket - static_cast<std::size_t>(exactLimit);
    const int power = exactBits + static_cast<int>(offset / subBuckets);
    const auto subBucket = static_cast<qint64>(offset % subBuckets + subBuckets);
    return subBucket << (power - subBucketBits);
}

void LifetimeHistogram::add(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    ++m_buckets[bucketOf(seconds)];
    m_minimum = m_count == 0 ? seconds : std::min(m_minimum, seconds);
    m_maximum = m_count == 0 ? seconds : std::max(m_maximum, seconds);
    ++m_count;
}

void LifetimeHistogram::merge(const LifetimeHistogram& other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t bucket = 0; bucket < m_buckets.size(); ++bucket)
        m_buckets[bucket] += other.m_buckets[bucket];
    m_minimum = m_count == 0 ? other.m_minimum : std::min(m_minimum, other.m_minimum);
    m_maximum = m_count == 0 ? other.m_maximum : std::max(m_maximum, other.m_maximum);
    m_count += other.m_count;
}

std::optional<qint64> LifetimeHistogram::minimum() const
{
    return m_count == 0 ? std::nullopt : std::optional<qint64>(m_minimum);
}

std::optional<qint64> LifetimeHistogram::maximum() const
{
    return m_count == 0 ? std::nullopt : std::optional<qint64>(m_maximum);
}

std::size_t LifetimeHistogram::medianBucket() const
{
    const qint64 rank = (m_count + 1) / 2;
    qint64 seen = 0;
    std::size_t bucket = 0;
    for (; bucket < m_buckets.size(); ++bucket) {
        seen += m_buckets[bucket];
        if (seen >= rank)
            break;
    }
    return bucket;
}

std::optional<qint64> LifetimeHistogram::median() const
{
    if (m_count == 0)
        return std::nullopt;
    // Within its bucket, the median is never below the smallest value seen.
    return std::max(lowerBoundOf(medianBucket()), m_minimum);
}

bool LifetimeHistogram::medianApproximate() const
{
    return m_count > 0 && medianBucket() >= static_cast<std::size_t>(exactLimit);
}

} // namespace engage
