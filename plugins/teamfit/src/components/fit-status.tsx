import { StatusAborted, StatusError, StatusOK, StatusPending, StatusWarning } from '@backstage/core-components';
import type { ReactNode } from 'react';
import type { FitVerdict, Severity } from 'teamfit';

// Backstage's status components lay out as flex boxes (a block); this keeps them on the line they label.
function Inline({ children }: { children: ReactNode }) {
  return <span style={{ display: 'inline-block', marginRight: 4, verticalAlign: 'baseline' }}>{children}</span>;
}

/** A fit verdict with the status colour a Backstage user reads at a glance. */
export function FitStatus({ verdict }: { verdict: FitVerdict }) {
  return <Inline>{fitStatus(verdict)}</Inline>;
}

function fitStatus(verdict: FitVerdict) {
  switch (verdict) {
    case 'fits':
      return <StatusOK>fits</StatusOK>;
    case 'partial':
      return <StatusWarning>partial</StatusWarning>;
    case 'misfit':
      return <StatusError>misfit</StatusError>;
    case 'no-fit':
      return <StatusAborted>no fit</StatusAborted>;
    case 'unknown':
      return <StatusPending>unknown</StatusPending>;
  }
}

export function SeverityStatus({ severity }: { severity: Severity }) {
  return <Inline>{severityStatus(severity)}</Inline>;
}

function severityStatus(severity: Severity) {
  switch (severity) {
    case 'error':
      return <StatusError>error</StatusError>;
    case 'warning':
      return <StatusWarning>warning</StatusWarning>;
    case 'info':
      return <StatusOK>info</StatusOK>;
  }
}
