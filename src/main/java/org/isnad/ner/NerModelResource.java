package org.isnad.ner;

import java.io.IOException;

import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * A named-entity model ({@link NerModel}) as a uimaFIT shared resource: loaded once per resource
 * manager and shared by every engine (and worker thread) that binds it. The data URL is the model
 * location (a class-path relative name such as {@value NerModel#DEFAULT_MODEL}, a file or a URL).
 */
public class NerModelResource
    implements SharedResourceObject
{
    private NerModel model;

    @Override
    public void load(DataResource data)
        throws ResourceInitializationException
    {
        String location = null;
        if (data != null && data.getUrl() != null) {
            location = data.getUrl().toString();
        }
        else if (data != null && data.getUri() != null) {
            location = data.getUri().toString();
        }
        try {
            model = NerModel.load(location);
        }
        catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    public NerModel getModel()
    {
        return model;
    }
}
