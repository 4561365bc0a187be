// Version 2 (December 2026): questions the advice needed (convention with the partner, local actors, the
// ministry's and the EU's programmes actually obtained), « none » answers for zones and kinds of
// cooperation, and the organisation questions asked only where they make sense.
import type { Change } from './changes';

export const v1ToV2: readonly Change[] = [
	// Without an international service, « agents outside the service » is now asked as « agents involved ».
	{
		kind: 'moveAnswerWhen',
		from: 'agents_outside_service',
		to: 'staff_time',
		when: { question: 'ri_service', is: 'no' }
	}
];
