// A country's or actor's position (support / oppose / mixed / none) and its policy status, as labelled badges.
import type { Position, PositionStatus } from '@/lib/domain/values';

export const STATUS_LABELS: Record<PositionStatus, string> = {
  ban_with_deadline: 'Ban with removal deadline',
  partial_restriction: 'Partial restriction (core only, cap, procurement)',
  legal_basis_not_applied: 'Legal basis adopted, not applied',
  under_review: 'Under review',
  no_restriction: 'No restriction',
  active_partnership: 'Active partnership',
  unknown: 'Status unknown',
};

export function PositionBadge({ position, label }: { position: Position; label: string }) {
  return (
    <span className={`badge badge--${position === 'none' ? 'none' : position}`} data-position={position}>
      {label}
    </span>
  );
}

export function StatusBadge({ status }: { status: PositionStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
