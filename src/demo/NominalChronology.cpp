// The chronology: entries from the drafts every step left, acknowledgements and reviews
// tied to them, and the closing entry of a case that left the register.

#include "NominalBuilder.h"

#include "DemoText.h"
#include "DemoVocabulary.h"
#include <algorithm>

using namespace Qt::StringLiterals;

namespace somdesk::demo {

QString NominalBuilder::noteText(bool female)
{
    QString text = m_rng.pick(DemoText::pool(DemoPool::NoteOpen, female)) + u' ' +
                   m_rng.pick(DemoText::pool(DemoPool::NoteBody, female));
    if (m_rng.chance(0.45)) {
        text += u' ' + m_rng.pick(DemoText::pool(DemoPool::NoteBody, female));
    }
    if (m_rng.chance(0.6)) {
        text += u' ' + m_rng.pick(DemoText::pool(DemoPool::NoteClose, female));
    }
    return text;
}

QString NominalBuilder::staffLabel(const QString& username) const
{
    const Staff& s = m_dir.of(username);
    return s.name + u" ("_s + s.collar + u')';
}

void NominalBuilder::entries()
{
    const bool f = m_sc.female;
    const QString admin = u"admin"_s;
    auto system = [&](qint64 d, QString text) {
        Draft e;
        e.at = stampOn(d);
        e.by = admin;
        e.type = EntryType::System;
        e.text = std::move(text);
        addDraft(std::move(e));
    };
    system(m_f, u"Record created: registered on "_s + isoDate(m_f) + u" for a notification period of "_s +
                    toString(m_n.registration.period) + u'.');
    for (const CustodyPeriod& c : m_n.custody) {
        if (jd(c.from) > m_f) {
            system(jd(c.from), u"Custody recorded from "_s + c.from.toString(Qt::ISODate) + u'.');
        }
        if (c.releasedOn) {
            system(jd(*c.releasedOn),
                   u"Release from custody recorded on "_s + c.releasedOn->toString(Qt::ISODate) + u'.');
        }
    }

    // Concerns and disclosures, their oversight and their re-evaluations.
    for (ConcernPlan& c : m_concerns) {
        Draft e;
        e.at = c.at;
        e.by = c.by;
        e.type = c.type;
        const DemoPool pool = c.type == EntryType::Disclosure ? DemoPool::Disclosure
                              : inCustody(dayOf(c.at))        ? DemoPool::CustodyConcern
                                                              : DemoPool::Concern;
        e.text = m_rng.pick(DemoText::pool(pool, f)) + u' ' + m_rng.pick(DemoText::pool(DemoPool::ConcernAction, f));
        c.draft = static_cast<int>(m_drafts.size());
        addDraft(std::move(e));
        if (c.oversight) {
            const qint64 at = later(c.at, 2);
            if (dayOf(at) <= m_t) {
                Draft o;
                o.at = at;
                o.by = m_dir.sergeantOf(ownerAt(dayOf(c.at)));
                o.type = EntryType::Oversight;
                o.ref = c.draft;
                const QString kind = c.type == EntryType::Concern ? u"concern"_s : u"disclosure"_s;
                o.text =
                    u"Line management oversight of the "_s + kind + u" recorded on "_s + isoDate(dayOf(c.at)) + u". "_s;
                if (m_rng.chance(0.08)) {
                    o.disagreement = true;
                    o.text += m_rng.pick(DemoText::pool(DemoPool::OversightDisagree, f));
                } else {
                    o.text += m_rng.pick(DemoText::pool(DemoPool::OversightBody, f)) + u' ' +
                              m_rng.pick(DemoText::pool(DemoPool::OversightAction, f));
                }
                addDraft(std::move(o));
            }
        }
        if (c.requestedAt) {
            ReviewDraft rd;
            rd.entry = c.draft;
            Review& r = rd.review;
            r.requestedAt = utc(*c.requestedAt);
            r.requestedBy = ownerAt(dayOf(*c.requestedAt));
            r.proposedRiskLevel = c.proposed;
            if (c.escalating || m_rng.chance(0.3)) {
                r.escalating = c.escalating;
            }
            r.rationale = m_rng.pick(DemoText::pool(DemoPool::ReviewRationale, f));
            if (c.decidedAt) {
                r.decision = c.approved ? ReviewDecision::Approved : ReviewDecision::Rejected;
                r.decidedAt = utc(*c.decidedAt);
                r.decidedBy = m_dir.inspectorOf(ownerAt(dayOf(*c.decidedAt)));
                r.decisionReason =
                    m_rng.pick(DemoText::pool(c.approved ? DemoPool::ApproveReason : DemoPool::RejectReason, f));
            } else {
                r.decision = ReviewDecision::Pending;
            }
            m_reviews.append(rd);
        }
    }
    for (const RiskChange& change : m_riskChanges) {
        const QString cause = change.concern >= 0 ? u"the re-evaluation approved on "_s + isoDate(change.on)
                                                  : u"the ARMS assessment completed on "_s + isoDate(change.on);
        Draft e;
        e.at = change.concern >= 0 ? *m_concerns[change.concern].decidedAt + 1 : stamp(change.on, workEnd);
        e.by = admin;
        e.type = EntryType::System;
        e.text = u"Risk level changed from "_s + riskWords(change.from) + u" to "_s + riskWords(change.to) +
                 u" after "_s + cause + u'.';
        addDraft(std::move(e));
    }

    // Transfers: the sergeant records them; the new owner acknowledges both.
    for (qsizetype i = 0; i < m_n.transfers.size(); ++i) {
        Transfer& tr = m_n.transfers[i];
        const qint64 d = jd(tr.on);
        Draft e;
        e.at = stamp(d, m_rng.range(workStart, 12 * 3600));
        e.by = m_dir.sergeantOf(tr.to);
        e.type = EntryType::Transfer;
        e.text = u"Case transferred from "_s + staffLabel(tr.from) + u" to "_s + staffLabel(tr.to) + u"; reason: "_s +
                 m_rng.pick(DemoText::pool(DemoPool::TransferReason)) + u'.';
        const bool latest = i == m_n.transfers.size() - 1;
        bool acknowledged = true;
        if (latest) {
            if (m_sc.special == Special::TransferAck) {
                acknowledged = false;
            } else {
                acknowledged = !m_rng.chance(m_t - d <= 10 ? 0.3 : 0.005);
            }
        } else {
            acknowledged = !m_rng.chance(0.02);
        }
        const qint64 ack = later(e.at, 4);
        if (acknowledged && dayOf(ack) <= m_t) {
            tr.acknowledgedAt = utc(ack);
            e.fixedAck = ack;
        } else {
            e.noAck = true;
        }
        addDraft(std::move(e));
    }

    // Notes that name a trigger phrase: most get the sergeant's oversight.
    const bool triggerSpecial = m_sc.special == Special::Trigger;
    if (triggerSpecial || (m_rng.chance(0.05) && !m_community.isEmpty())) {
        qint64 d = triggerSpecial ? m_t - m_rng.range(0, 20) : recentDay(m_community.last().from, m_t);
        if (m_lowMode == LowMode::None || triggerSpecial) {
            Draft e;
            e.at = stampOn(d);
            e.by = ownerAt(d);
            e.type = EntryType::Note;
            e.text = m_rng.pick(DemoText::pool(DemoPool::TriggerNote, f));
            const int index = static_cast<int>(m_drafts.size());
            const qint64 at = e.at;
            addDraft(std::move(e));
            const qint64 oat = later(at, 1);
            const bool oversight = !triggerSpecial && !m_rng.chance(m_t - d <= 3 ? 0.4 : 0.05);
            if (oversight && dayOf(oat) <= m_t) {
                Draft o;
                o.at = oat;
                o.by = m_dir.sergeantOf(ownerAt(d));
                o.type = EntryType::Oversight;
                o.ref = index;
                o.text = u"Oversight of the note of "_s + isoDate(d) +
                         u": the words recorded were explored with the officer; no change to risk, visit "
                         u"frequency increased for a month."_s;
                addDraft(std::move(o));
            }
        }
    }

    // Intelligence that keeps a long-term low-risk case active, or arrives after a move to reactive.
    if (m_intelligenceOn) {
        const qint64 d = *m_intelligenceOn;
        Draft e;
        e.at = stampOn(d);
        e.by = colleagueOf(ownerAt(d));
        e.type = EntryType::Intelligence;
        e.text = m_rng.pick(DemoText::pool(DemoPool::Intelligence, f)) + u' ' +
                 m_rng.pick(DemoText::pool(DemoPool::IntelligenceClose, f));
        addDraft(std::move(e));
    }

    // A recent entry by a colleague that the owner has not yet acknowledged.
    if (m_sc.special == Special::Acknowledge) {
        const qint64 d = std::max(m_t - m_rng.range(3, 20), m_lastTransferDay.value_or(m_f));
        Draft e;
        e.at = stampOn(d);
        e.by = colleagueOf(m_owner);
        e.type = EntryType::Note;
        e.text = u"Covering officer: "_s + noteText(f);
        e.noAck = true;
        addDraft(std::move(e));
    }

    // Everyday chronology up to the target size.
    const qsizetype filler = std::max<qsizetype>(0, m_entryTarget - m_drafts.size());
    for (qsizetype i = 0; i < filler; ++i) {
        const qint64 d = recentDay(m_f, m_t);
        const QString owner = ownerAt(d);
        Draft e;
        e.at = stampOn(d);
        if (inCustody(d)) {
            e.by = owner;
            e.type = EntryType::Note;
            e.text = m_rng.pick(DemoText::pool(DemoPool::CustodyNote, f));
        } else {
            const bool quiet = m_lowMode != LowMode::None && d >= m_quietFrom;
            if (!quiet && m_rng.chance(0.22)) {
                e.type = EntryType::Intelligence;
                e.by = m_rng.chance(0.55) ? colleagueOf(owner) : owner;
                e.text = m_rng.pick(DemoText::pool(DemoPool::Intelligence, f)) + u' ' +
                         m_rng.pick(DemoText::pool(DemoPool::IntelligenceClose, f));
            } else {
                const double who = m_rng.unit();
                e.type = EntryType::Note;
                e.by = who < 0.82 ? owner : who < 0.92 ? colleagueOf(owner) : m_dir.sergeantOf(owner);
                e.text = noteText(f);
            }
        }
        addDraft(std::move(e));
    }

    finishEntries();
}

void NominalBuilder::finishEntries()
{
    // Chronological ids; strictly increasing seconds so "by at then id" is the same order.
    QList<int> order(m_drafts.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        order[i] = static_cast<int>(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_drafts[a].at < m_drafts[b].at; });
    QList<int> position(m_drafts.size());
    for (qsizetype p = 0; p < order.size(); ++p) {
        position[order[p]] = static_cast<int>(p);
    }
    m_n.entries.reserve(order.size());
    qint64 previous = 0;
    for (qsizetype p = 0; p < order.size(); ++p) {
        Draft& d = m_drafts[order[p]];
        if (d.at <= previous) {
            d.at = previous + 1;
        }
        previous = d.at;
        Entry e;
        e.id = u"E"_s + QString::number(p + 1);
        e.at = utc(d.at);
        e.by = d.by;
        e.type = d.type;
        e.text = d.text;
        if (d.ref >= 0) {
            e.references.append(u"E"_s + QString::number(position[d.ref] + 1));
        }
        if (d.disagreement) {
            e.disagreement = true;
        }
        if (d.type != EntryType::System && !d.noAck) {
            const qint64 entryDay = dayOf(d.at);
            const QString owner = ownerAt(entryDay);
            if (owner != d.by) {
                std::optional<qint64> ack = d.fixedAck;
                if (!ack) {
                    const qint64 age = m_t - entryDay;
                    const double miss = age <= 7 ? 0.35 : age <= 60 ? 0.02 : 0.004;
                    if (!m_rng.chance(miss)) {
                        ack = later(d.at, 4);
                    }
                }
                if (ack && *ack <= d.at) {
                    ack = d.at + 60;
                }
                if (ack && dayOf(*ack) <= m_t) {
                    e.acknowledged.append(Acknowledgement{owner, utc(*ack)});
                }
            }
        }
        m_n.entries.append(std::move(e));
    }
    for (ReviewDraft& rd : m_reviews) {
        rd.review.entry = u"E"_s + QString::number(position[rd.entry] + 1);
        m_n.reviews.append(rd.review);
    }
    std::stable_sort(m_n.reviews.begin(), m_n.reviews.end(), [](const Review& a, const Review& b) {
        return a.requestedAt != b.requestedAt ? a.requestedAt < b.requestedAt : a.entry < b.entry;
    });
}

void NominalBuilder::registerStatus()
{
    switch (m_sc.status) {
    case Status::Registered:
        return;
    case Status::Removed:
        m_n.registerStatus = RegisterStatus::Removed;
        break;
    case Status::Deceased:
        m_n.registerStatus = RegisterStatus::Deceased;
        break;
    case Status::Discharged:
        m_n.registerStatus = RegisterStatus::Removed;
        break;
    }
    m_n.registerStatusSince = day(m_t);
    Entry e;
    e.id = u"E"_s + QString::number(m_n.entries.size() + 1);
    qint64 at = stamp(m_t, workEnd);
    if (!m_n.entries.isEmpty()) {
        at = std::max(at, m_n.entries.last().at.toSecsSinceEpoch() + 1);
    }
    e.at = utc(at);
    e.by = u"admin"_s;
    e.type = EntryType::System;
    e.text = m_n.registerStatus == RegisterStatus::Deceased ? u"Register status: deceased; record closed."_s
             : m_discharged ? u"Register status: removed after discharge from indefinite notification."_s
                            : u"Register status: removed from the register."_s;
    m_n.entries.append(e);
}

} // namespace somdesk::demo
