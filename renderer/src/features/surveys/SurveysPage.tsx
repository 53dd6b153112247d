import { ComingSoon } from '../../components/ComingSoon';

export const SurveysPage = () => <ComingSoon area="surveys" />;
