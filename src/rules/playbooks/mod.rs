//! Playbooks: every network has someone answering questions, requests and
//! complaints, and escalations have somewhere to go. One rule per file.

pub(super) mod escalation_without_target;
pub(super) mod missing_playbook;
