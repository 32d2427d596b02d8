import { useId, type ReactNode } from 'react';
import { Heading } from 'suomifi-ui-components';

/** A titled part of a page, its heading naming the region for assistive technology. */
export function PageSection({
  title,
  children,
  className,
  headingId,
}: {
  title: string;
  children: ReactNode;
  className?: string;
  headingId?: string;
}) {
  const generatedId = useId();
  const id = headingId ?? generatedId;
  return (
    <section aria-labelledby={id} className={['page-section', className].filter(Boolean).join(' ')}>
      <Heading variant="h2" id={id} mb="s">
        {title}
      </Heading>
      {children}
    </section>
  );
}
